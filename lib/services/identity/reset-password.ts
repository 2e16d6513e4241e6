import { z } from "zod";
import type { Db } from "../../db/prisma";
import { hashPassword, ZPassword } from "../../identity/password";
import { recordAudit } from "../audit/record-audit";
import type { ServiceCall } from "../service-context";
import { NotFoundError } from "../service-errors";
import { assertRole } from "./assert-role";
import { ZEmail } from "./user-input";

export const ZResetPassword = z.object({ email: ZEmail, password: ZPassword });
export type TResetPassword = z.input<typeof ZResetPassword>;

/**
 * Sets a new password (admin only), revokes every open session of the user and clears their
 * sign-in lock: whoever held the old password or a session is out.
 */
export async function resetPassword(
  db: Db,
  { ctx, input, now }: ServiceCall<TResetPassword> & { now: Date },
): Promise<void> {
  assertRole(ctx, "admin");
  const parsed = ZResetPassword.parse(input);
  const user = await db.user.findUnique({ where: { email: parsed.email } });
  if (!user) throw new NotFoundError(`No user has the email ${parsed.email}`);
  const passwordHash = await hashPassword(parsed.password);
  const revoked = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.loginFailure.deleteMany({ where: { email: parsed.email } });
    return tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
  });
  // Whether a password was set, never the password or its hash.
  await recordAudit(db, ctx, {
    action: "user.reset_password",
    targetType: "user",
    targetId: user.id,
    before: { email: user.email, passwordSet: user.passwordHash !== null },
    after: { email: user.email, passwordSet: true, sessionsRevoked: revoked.count },
  });
}
