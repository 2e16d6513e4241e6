import type { Db } from "../../db/prisma";

/** How many accounts exist: none means nobody can sign in yet (`tierscope users create`). */
export function countUsers(db: Db): Promise<number> {
  return db.user.count();
}
