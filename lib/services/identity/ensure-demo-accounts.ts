import type { Db } from "../../db/prisma";
import { DEMO_ACCOUNTS } from "../../demo/demo-accounts";
import { systemContext } from "../service-context";
import { createUser } from "./create-user";
import { resetPassword } from "./reset-password";

/**
 * Creates the demo accounts that do not exist yet (a restarted demo keeps them), and gives back its
 * published password to one that has none because a plain `serve` took it away; returns how many
 * were created. A password someone set stays.
 */
export async function ensureDemoAccounts(db: Db, now: Date): Promise<number> {
  const ctx = systemContext("demo");
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email } });
    if (existing) {
      if (existing.passwordHash === null) {
        await resetPassword(db, { ctx, input: { email: account.email, password: account.password }, now });
      }
      continue;
    }
    await createUser(db, {
      ctx,
      input: {
        email: account.email,
        displayName: account.displayName,
        password: account.password,
        roles: [...account.roles],
        teams: [...account.teams],
      },
    });
    created += 1;
  }
  return created;
}
