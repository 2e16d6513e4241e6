import type { Db } from "../../db/prisma";

/** What a user's context needs beside the user: roles and team ids. */
export const USER_CONTEXT_INCLUDE = {
  roles: { select: { role: true } },
  teams: { select: { teamId: true } },
} as const;

/** A user with what their context needs: roles and team ids. */
export function findUserForContext(db: Db, where: { id: string } | { email: string }) {
  return db.user.findUnique({ where, include: USER_CONTEXT_INCLUDE });
}

export type UserForContext = NonNullable<Awaited<ReturnType<typeof findUserForContext>>>;
