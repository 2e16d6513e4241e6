import type { ApiTokenDto } from "@/lib/services/identity/list-api-tokens";

function tokenState(token: ApiTokenDto, now: string): string {
  if (token.revokedAt) return `revoked ${token.revokedAt.slice(0, 10)}`;
  return token.expiresAt <= now ? "expired" : "active";
}

/** The API tokens with their scope, expiry and last use; a live token can be revoked. */
export function ApiTokenTable(props: {
  tokens: readonly ApiTokenDto[];
  now: string;
  revoking: string | undefined;
  onRevoke: (token: ApiTokenDto) => void;
}) {
  if (props.tokens.length === 0) return <p className="text-slate-500 text-sm">No API tokens yet.</p>;
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-slate-500">
        <tr>
          <th className="py-2">Name</th>
          <th>Scope</th>
          <th>Expires</th>
          <th>Last used</th>
          <th>Created</th>
          <th>State</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {props.tokens.map((token) => {
          const state = tokenState(token, props.now);
          return (
            <tr key={token.id} className="border-slate-100 border-t" data-testid={`token-${token.name}`}>
              <td className="py-2 font-medium">{token.name}</td>
              <td>{token.scope === "collector" ? `collector (${token.clusterName})` : token.scope}</td>
              <td>{token.expiresAt.slice(0, 10)}</td>
              <td>{token.lastUsedAt ? token.lastUsedAt.slice(0, 16).replace("T", " ") : "never"}</td>
              <td>
                {token.createdAt.slice(0, 10)} by {token.createdBy}
              </td>
              <td data-testid="token-state">{state}</td>
              <td className="text-right">
                {state === "active" && (
                  <button
                    type="button"
                    className="rounded-md border border-red-300 px-2 py-1 text-red-700 disabled:opacity-40"
                    disabled={props.revoking === token.id}
                    onClick={() => props.onRevoke(token)}
                  >
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
