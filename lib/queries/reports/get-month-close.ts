import type { Prisma } from "../../db/generated/client";
import { FLEET_CLOSE_COLUMNS, type FleetCloseRow, JOIN_CLOSES } from "./month-close-sql";

/**
 * When and by whom a month (YYYY-MM) was closed for the whole fleet: once every organisation with a
 * cluster has closed it, the last of those closes. Null while any of them has it open.
 */
export async function getMonthClose(
  db: Prisma.TransactionClient,
  month: string,
): Promise<{ closedAt: Date; closedBy: string } | null> {
  const [row] = await db.$queryRaw<FleetCloseRow[]>`
    SELECT ${FLEET_CLOSE_COLUMNS}
      FROM (SELECT ${`${month}-01`}::date AS month) m
      ${JOIN_CLOSES}`;
  return row?.closed && row.closed_at && row.closed_by
    ? { closedAt: row.closed_at, closedBy: row.closed_by }
    : null;
}
