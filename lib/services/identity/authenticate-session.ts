import type { Db } from "../../db/prisma";
import { hashSecret } from "../../identity/secret-token";
import { isSessionLive, touchedIdleExpiry } from "../../identity/session-policy";
import { findUserForContext } from "../../queries/identity/find-user-for-context";
import type { ServiceContext } from "../service-context";
import { userContext } from "./user-context";

/**
 * The context of a session cookie's secret, or null when it names no live session (unknown,
 * revoked, idle or past its absolute expiry) or its user is disabled. A request extends the
 * idle expiry (at most once a minute).
 */
export async function authenticateSession(
  db: Db,
  input: { sessionSecret: string; now: Date; requestId?: string },
): Promise<ServiceContext | null> {
  const session = await db.session.findUnique({ where: { tokenHash: hashSecret(input.sessionSecret) } });
  if (!session || !isSessionLive(session, input.now)) return null;
  const user = await findUserForContext(db, { id: session.userId });
  if (!user || user.disabled) return null;
  const idleExpiresAt = touchedIdleExpiry(session, input.now);
  if (idleExpiresAt) {
    await db.session.update({
      where: { id: session.id },
      data: { lastSeenAt: input.now, idleExpiresAt },
    });
  }
  return userContext(user, input.requestId);
}
