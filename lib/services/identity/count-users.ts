import type { Db } from "../../db/prisma";
import { countUsers as readUserCount } from "../../queries/identity/count-users";

/** How many accounts exist, for the login page: none means nobody can sign in yet. */
export function countUsers(db: Db): Promise<number> {
  return readUserCount(db);
}
