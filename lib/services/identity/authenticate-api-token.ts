import type { Db } from "../../db/prisma";
import { hashSecret } from "../../identity/secret-token";
import { SESSION_TOUCH_INTERVAL_MS } from "../../identity/session-policy";
import { USER_CONTEXT_INCLUDE } from "../../queries/identity/find-user-for-context";
import { ALL_TEAMS, type ServiceContext } from "../service-context";
import { type TokenCreator, tokenPowers } from "./token-roles";
import { userContext } from "./user-context";

/** The CLI's operator, who created tokens with `tierscope tokens create`: every right, every team. */
const OPERATOR: TokenCreator = { roles: ["admin"], scope: ALL_TEAMS };

/**
 * The context of a bearer token, or null when it is unknown, revoked or expired, or its creator's
 * account is disabled. A token does no more than its scope allows and its creator may do now (their
 * roles and teams, read at each request: a demoted creator's tokens shrink with them); see
 * tokenPowers. A collector token sees no team and may only push its one cluster's observations.
 */
export async function authenticateApiToken(
  db: Db,
  input: { token: string; now: Date; requestId?: string },
): Promise<ServiceContext | null> {
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashSecret(input.token) },
    include: { createdByUser: { include: USER_CONTEXT_INCLUDE } },
  });
  if (!token || token.revokedAt || token.expiresAt.getTime() <= input.now.getTime()) return null;
  const creator = token.createdByUser;
  if (creator?.disabled) return null;
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
    ...tokenPowers(token.scope, creator ? userContext(creator) : OPERATOR),
    requestId: input.requestId,
  };
}
