import type { Db } from "../../db/prisma";
import { FLEET_CLOSE_COLUMNS, type FleetCloseRow, JOIN_CLOSES } from "./month-close-sql";

export interface ReportMonth {
  month: string;
  closed: boolean;
  closedAt: string | null;
  closedBy: string | null;
}

/**
 * Every month from the first day of facts to the last, and every closed month, newest first, with
 * its close: closed only once every organisation with a cluster has closed it (month-close-sql.ts).
 * The bounds come from the (first_day, cluster_id) index: no scan of the facts (a fact run ends in
 * the month it starts).
 */
export async function listReportMonths(db: Db): Promise<ReportMonth[]> {
  const rows = await db.$queryRaw<(FleetCloseRow & { month: string })[]>`
    WITH bounds AS (SELECT min(first_day) AS first, max(first_day) AS last FROM cost_fact),
    months AS (
      SELECT generate_series(date_trunc('month', first), date_trunc('month', last), interval '1 month')::date AS month
        FROM bounds WHERE first IS NOT NULL
      UNION
      SELECT month FROM month_close
    )
    SELECT to_char(m.month, 'YYYY-MM') AS month, ${FLEET_CLOSE_COLUMNS}
      FROM months m
      ${JOIN_CLOSES}
     GROUP BY m.month
     ORDER BY m.month DESC`;
  return rows.map((r) => ({
    month: r.month,
    closed: r.closed,
    closedAt: r.closed ? (r.closed_at?.toISOString() ?? null) : null,
    closedBy: r.closed ? r.closed_by : null,
  }));
}
