import type { Db } from "../../db/prisma";
import { csrfTokenFor, hashSecret, newSecret } from "../../identity/secret-token";
import { newSessionTimes } from "../../identity/session-policy";
import type { UserForContext } from "../../queries/identity/find-user-for-context";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../service-context";
import { revokeSession } from "./sign-out";
import { userContext } from "./user-context";

export interface SignedIn {
  readonly ctx: ServiceContext;
  /** The new session's secret, for the httpOnly cookie: the database keeps only its hash. */
  readonly sessionSecret: string;
  readonly csrfToken: string;
  readonly absoluteExpiresAt: Date;
}

/**
 * Opens a new session for a user who has just proved who they are, by password or single sign-on:
 * always a new id (rotation on sign-in), the session the browser held before, if any, revoked, and
 * the sign-in audited with how it was made.
 */
export async function openSession(
  db: Db,
  call: {
    user: UserForContext;
    method: "password" | "oidc";
    previousSessionSecret?: string;
    now: Date;
    requestId?: string;
  },
): Promise<SignedIn> {
  const { user, now, requestId } = call;
  if (call.previousSessionSecret) await revokeSession(db, call.previousSessionSecret, now);
  const sessionSecret = newSecret();
  const times = newSessionTimes(now);
  const session = await db.session.create({
    data: { userId: user.id, tokenHash: hashSecret(sessionSecret), createdAt: now, ...times },
  });
  const ctx = userContext(user, requestId);
  await recordAudit(db, ctx, {
    action: "session.login",
    targetType: "session",
    targetId: session.id,
    after: { method: call.method },
  });
  return {
    ctx,
    sessionSecret,
    csrfToken: csrfTokenFor(sessionSecret),
    absoluteExpiresAt: times.absoluteExpiresAt,
  };
}
