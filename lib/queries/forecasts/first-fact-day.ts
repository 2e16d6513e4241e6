import type { Db } from "../../db/prisma";

/** The first day any cost was computed for (null before any): days before it are unknown, not $0. */
export async function firstFactDay(db: Db): Promise<string | null> {
  const rows = await db.$queryRaw<{ day: string | null }[]>`
    SELECT to_char(min(first_day), 'YYYY-MM-DD') AS day FROM cost_fact`;
  return rows[0]?.day ?? null;
}
