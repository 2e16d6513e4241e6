import { DataTable } from "@/components/ui/data-table";
import type { Column } from "@/components/ui/table-model";
import type { ApiTokenDto } from "@/lib/services/identity/list-api-tokens";

function tokenState(token: ApiTokenDto, now: string): string {
  if (token.revokedAt) return `revoked ${token.revokedAt.slice(0, 10)}`;
  return token.expiresAt <= now ? "expired" : "active";
}

const scopeText = (token: ApiTokenDto) =>
  token.scope === "collector" ? `collector (${token.clusterName})` : token.scope;
const lastUsed = (token: ApiTokenDto) =>
  token.lastUsedAt ? token.lastUsedAt.slice(0, 16).replace("T", " ") : "never";

function columns(props: Parameters<typeof ApiTokenTable>[0]): Column<ApiTokenDto>[] {
  return [
    {
      key: "name",
      header: "Name",
      rowHeader: true,
      cell: (token) => token.name,
      sortValue: (token) => token.name,
    },
    { key: "scope", header: "Scope", cell: scopeText, sortValue: scopeText },
    {
      key: "expires",
      header: "Expires",
      cell: (token) => token.expiresAt.slice(0, 10),
      sortValue: (token) => token.expiresAt,
    },
    { key: "lastUsed", header: "Last used", cell: lastUsed, sortValue: (token) => token.lastUsedAt },
    {
      key: "created",
      header: "Created",
      cell: (token) => `${token.createdAt.slice(0, 10)} by ${token.createdBy}`,
      sortValue: (token) => token.createdAt,
      csvValue: (token) => `${token.createdAt.slice(0, 10)} by ${token.createdBy}`,
    },
    {
      key: "state",
      header: "State",
      testId: "token-state",
      cell: (token) => tokenState(token, props.now),
      sortValue: (token) => tokenState(token, props.now),
    },
    {
      key: "revoke",
      header: "Revoke",
      align: "right",
      cell: (token) =>
        tokenState(token, props.now) === "active" && (
          <button
            type="button"
            className="rounded-md border border-red-300 px-2 py-1 text-red-700 disabled:opacity-40"
            disabled={props.revoking === token.id}
            onClick={() => props.onRevoke(token)}
          >
            Revoke
          </button>
        ),
    },
  ];
}

/** The API tokens with their scope, expiry and last use; a live token can be revoked. */
export function ApiTokenTable(props: {
  tokens: readonly ApiTokenDto[];
  now: string;
  revoking: string | undefined;
  onRevoke: (token: ApiTokenDto) => void;
}) {
  return (
    <DataTable
      columns={columns(props)}
      rows={props.tokens}
      rowKey={(token) => token.id}
      rowTestId={(token) => `token-${token.name}`}
      label="API tokens"
      noun="tokens"
      csvFileName="api-tokens.csv"
      empty="No API tokens yet."
    />
  );
}
