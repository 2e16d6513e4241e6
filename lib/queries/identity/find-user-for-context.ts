import type { Db } from "../../db/prisma";

/** A user with what their context needs: roles and team ids. */
export function findUserForContext(db: Db, where: { id: string } | { email: string }) {
  return db.user.findUnique({
    where,
    include: { roles: { select: { role: true } }, teams: { select: { teamId: true } } },
  });
}

export type UserForContext = NonNullable<Awaited<ReturnType<typeof findUserForContext>>>;
