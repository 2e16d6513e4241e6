"use client";
import { type FormEvent, useState } from "react";
import { ApiTokenTable } from "@/components/admin/api-token-table";
import { CreatedTokenNotice } from "@/components/admin/created-token-notice";
import {
  useApiTokensQuery,
  useCreateApiTokenMutation,
  useRevokeApiTokenMutation,
} from "@/hooks/queries/use-admin-queries";
import { TOKEN_SCOPES, type TokenScope } from "@/lib/services/service-context";

const field = "rounded-md border border-slate-300 px-2 py-1 text-sm";

export function TokensClient({ now }: { now: string }) {
  const tokens = useApiTokensQuery();
  const create = useCreateApiTokenMutation();
  const revoke = useRevokeApiTokenMutation();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<TokenScope>("read");
  const [clusterName, setClusterName] = useState("");
  const [expiresInDays, setExpiresInDays] = useState("90");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        name,
        scope,
        expiresInDays: Number(expiresInDays),
        ...(scope === "collector" ? { clusterName } : {}),
      },
      { onSuccess: () => setName("") },
    );
  };

  return (
    <div className="space-y-8">
      <header>
        <h1 className="font-semibold text-2xl">API tokens</h1>
        <p className="mt-1 text-slate-500 text-sm">
          Bearer tokens for scripts (read, or read and write) and in-cluster collectors (one cluster's
          observations). A token is shown once when created; Tierscope keeps only its hash.
        </p>
      </header>

      <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="font-medium text-lg">New token</h2>
        <form className="flex flex-wrap items-end gap-3" onSubmit={submit}>
          <label className="flex flex-col text-sm">
            Name
            <input className={field} value={name} onChange={(e) => setName(e.target.value)} required />
          </label>
          <label className="flex flex-col text-sm">
            Scope
            <select className={field} value={scope} onChange={(e) => setScope(e.target.value as TokenScope)}>
              {TOKEN_SCOPES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          {scope === "collector" && (
            <label className="flex flex-col text-sm">
              Cluster
              <input
                className={field}
                value={clusterName}
                onChange={(e) => setClusterName(e.target.value)}
                required
              />
            </label>
          )}
          <label className="flex flex-col text-sm">
            Expires in (days)
            <input
              className={`${field} w-24`}
              type="number"
              min={1}
              max={730}
              value={expiresInDays}
              onChange={(e) => setExpiresInDays(e.target.value)}
              required
            />
          </label>
          <button
            type="submit"
            className="rounded-md bg-slate-900 px-3 py-1.5 text-sm text-white disabled:opacity-40"
            disabled={create.isPending}
          >
            Create token
          </button>
        </form>
        {create.error && <p className="text-red-700 text-sm">{create.error.message}</p>}
        {create.data && <CreatedTokenNotice name={create.data.apiToken.name} token={create.data.token} />}
      </section>

      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="mb-3 font-medium text-lg">Tokens</h2>
        {revoke.error && <p className="text-red-700 text-sm">{revoke.error.message}</p>}
        {tokens.data ? (
          <ApiTokenTable
            tokens={tokens.data}
            now={now}
            revoking={revoke.isPending ? revoke.variables : undefined}
            onRevoke={(token) => revoke.mutate(token.id)}
          />
        ) : (
          <p className="text-slate-500 text-sm">{tokens.error ? tokens.error.message : "Loading tokens…"}</p>
        )}
      </section>
    </div>
  );
}
