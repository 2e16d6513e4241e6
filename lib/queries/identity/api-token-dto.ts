import type { ApiToken } from "../../db/generated/client";
import type { TokenScope } from "../../services/service-context";

/** An API token as listed and audited: never its secret or hash. */
export interface ApiTokenDto {
  readonly id: string;
  readonly name: string;
  readonly scope: TokenScope;
  readonly clusterName: string | null;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
}

export function toApiTokenDto(token: ApiToken): ApiTokenDto {
  return {
    id: token.id,
    name: token.name,
    scope: token.scope,
    clusterName: token.clusterName,
    expiresAt: token.expiresAt.toISOString(),
    revokedAt: token.revokedAt?.toISOString() ?? null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    createdAt: token.createdAt.toISOString(),
    createdBy: token.createdBy,
  };
}
