import type { Db } from "../../db/prisma";
import { DEMO_ACCOUNTS } from "../../demo/demo-accounts";
import { systemContext } from "../service-context";
import { createUser } from "./create-user";

/** Creates the demo accounts that do not exist yet (a restarted demo keeps them); returns how many. */
export async function ensureDemoAccounts(db: Db): Promise<number> {
  const ctx = systemContext("demo");
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (await db.user.findUnique({ where: { email: account.email } })) continue;
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
