import type { Db } from "../../db/prisma";
import { hashSecret } from "../../identity/secret-token";
import { recordAudit } from "../audit/record-audit";

/** Revokes the session of a cookie's secret, if it is open; returns its id and user, if any. */
export async function revokeSession(db: Db, sessionSecret: string, now: Date) {
  const session = await db.session.findUnique({
    where: { tokenHash: hashSecret(sessionSecret) },
    include: { user: { select: { email: true } } },
  });
  if (!session || session.revokedAt) return null;
  await db.session.update({ where: { id: session.id }, data: { revokedAt: now } });
  return session;
}

/** Signs out: the session is revoked on the server, so its cookie is worthless even if kept. */
export async function signOut(
  db: Db,
  call: { sessionSecret: string; now: Date; requestId?: string },
): Promise<void> {
  const session = await revokeSession(db, call.sessionSecret, call.now);
  if (!session) return;
  await recordAudit(
    db,
    { actor: { kind: "user", userId: session.userId, email: session.user.email }, requestId: call.requestId },
    {
      action: "session.logout",
      targetType: "session",
      targetId: session.id,
      before: { revokedAt: null },
      after: { revokedAt: call.now.toISOString() },
    },
  );
}
