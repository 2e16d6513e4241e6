import type { Db } from "../../db/prisma";
import { hashSecret } from "../../identity/secret-token";
import { SESSION_TOUCH_INTERVAL_MS } from "../../identity/session-policy";
import { ALL_TEAMS, type ServiceContext } from "../service-context";
import { tokenRoles } from "./token-roles";

/**
 * The context of a bearer token, or null when it is unknown, revoked or expired. Read and write
 * tokens see every team (an admin created them for scripts); a collector token sees no team and
 * may only push its one cluster's observations (assertCollectorFor).
 */
export async function authenticateApiToken(
  db: Db,
  input: { token: string; now: Date; requestId?: string },
): Promise<ServiceContext | null> {
  const token = await db.apiToken.findUnique({ where: { tokenHash: hashSecret(input.token) } });
  if (!token || token.revokedAt || token.expiresAt.getTime() <= input.now.getTime()) return null;
  if (!token.lastUsedAt || input.now.getTime() - token.lastUsedAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: input.now } });
  }
  return {
    actor: {
      kind: "token",
      tokenId: token.id,
      tokenName: token.name,
      tokenScope: token.scope,
      ...(token.clusterName ? { clusterName: token.clusterName } : {}),
    },
    roles: tokenRoles(token.scope),
    scope: token.scope === "collector" ? { kind: "teams", teamIds: [] } : ALL_TEAMS,
    requestId: input.requestId,
  };
}
