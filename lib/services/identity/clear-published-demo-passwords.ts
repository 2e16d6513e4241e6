import type { Db } from "../../db/prisma";
import { DEMO_ACCOUNTS } from "../../demo/demo-accounts";
import { verifyPassword } from "../../identity/password";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../service-context";

/**
 * Outside demo mode nobody may sign in with a password the demo publishes (README and its login
 * page): every demo account still holding its published password loses it (password sign-in
 * refused until an admin sets one with `tierscope users reset-password`) and its sessions are
 * signed out. An account whose password was changed keeps it. Returns the emails cleared.
 */
export async function clearPublishedDemoPasswords(
  db: Db,
  { ctx, now }: { ctx: ServiceContext; now: Date },
): Promise<string[]> {
  const cleared: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const user = await db.user.findUnique({ where: { email: account.email } });
    if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, account.password))) continue;
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { passwordHash: null } });
      const revoked = await tx.session.updateMany({
        where: { userId: user.id, revokedAt: null },
        data: { revokedAt: now },
      });
      await recordAudit(tx, ctx, {
        action: "user.demo_password_cleared",
        targetType: "user",
        targetId: user.id,
        before: { email: user.email, password: "the demo's published password" },
        after: { email: user.email, password: "none", sessionsRevoked: revoked.count },
      });
    });
    cleared.push(account.email);
  }
  return cleared;
}
