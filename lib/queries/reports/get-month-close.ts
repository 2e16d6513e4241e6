import type { Db } from "../../db/prisma";

/** When and by whom a month (YYYY-MM) was closed; null while it is open. */
export async function getMonthClose(
  db: Db,
  month: string,
): Promise<{ closedAt: Date; closedBy: string } | null> {
  return db.monthClose.findFirst({
    where: { month: new Date(`${month}-01T00:00:00Z`) },
    select: { closedAt: true, closedBy: true },
    orderBy: { closedAt: "asc" },
  });
}
