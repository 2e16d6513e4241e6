import { z } from "zod";
import type { Db } from "../../db/prisma";
import { isLocked, lockAfterFailures } from "../../identity/login-backoff";
import { decoyPasswordHash, verifyPassword } from "../../identity/password";
import { findUserForContext } from "../../queries/identity/find-user-for-context";
import { recordAudit } from "../audit/record-audit";
import { NotAuthenticatedError, TooManyAttemptsError } from "../service-errors";
import { openSession, type SignedIn } from "./open-session";

export const ZSignIn = z.object({
  email: z.string().trim().toLowerCase().min(1, "email: required").max(320),
  password: z.string().min(1, "password: required").max(1024),
});
export type TSignIn = z.infer<typeof ZSignIn>;

/** The one message for every wrong email or password: it never tells which was wrong. */
export const SIGN_IN_FAILED = "Email or password is not correct";

/**
 * Checks an email and password and opens a new session (always a new id: rotation on sign-in;
 * the session the browser held before, if any, is revoked). After repeated failures the address
 * is locked for a while, whether or not it has an account; every attempt is audited.
 */
export async function signIn(
  db: Db,
  call: { input: TSignIn; previousSessionSecret?: string; now: Date; requestId?: string },
): Promise<SignedIn> {
  const { email, password } = ZSignIn.parse(call.input);
  const { now, requestId } = call;
  const anonymous = { actor: { kind: "anonymous" as const, name: email }, requestId };
  const failure = await db.loginFailure.findUnique({ where: { email } });
  if (isLocked(failure?.lockedUntil, now)) {
    await recordAudit(db, anonymous, {
      action: "session.login_locked",
      targetType: "session",
      after: { failures: failure?.failures, lockedUntil: failure?.lockedUntil },
    });
    throw new TooManyAttemptsError("Too many failed sign-ins: wait a few minutes and try again");
  }
  const user = await findUserForContext(db, { email });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !passwordOk || user.disabled) {
    // Counted in the database (increment), so parallel guesses cannot reset each other's count.
    const { failures } = await db.loginFailure.upsert({
      where: { email },
      create: { email, failures: 1, lastFailureAt: now },
      update: { failures: { increment: 1 }, lastFailureAt: now },
    });
    const lockedUntil = lockAfterFailures(failures, now);
    if (lockedUntil) await db.loginFailure.update({ where: { email }, data: { lockedUntil } });
    await recordAudit(db, anonymous, {
      action: "session.login_failed",
      targetType: "session",
      before: { failures: failures - 1 },
      after: { failures, lockedUntil: lockedUntil ?? null },
    });
    throw new NotAuthenticatedError(SIGN_IN_FAILED);
  }
  await db.loginFailure.deleteMany({ where: { email } });
  return openSession(db, {
    user,
    method: "password",
    previousSessionSecret: call.previousSessionSecret,
    now,
    requestId,
  });
}
