import type { Db } from "../../db/prisma";

export interface ReportMonth {
  month: string;
  closed: boolean;
  closedAt: string | null;
  closedBy: string | null;
}

/**
 * Every month from the first day of facts to the last, and every closed month, newest first, with
 * its close. The bounds come from the (day, cluster_id) index: no scan of the facts.
 */
export async function listReportMonths(db: Db): Promise<ReportMonth[]> {
  const rows = await db.$queryRaw<{ month: string; closed_at: Date | null; closed_by: string | null }[]>`
    WITH bounds AS (SELECT min(day) AS first, max(day) AS last FROM cost_fact),
    months AS (
      SELECT generate_series(date_trunc('month', first), date_trunc('month', last), interval '1 month')::date AS month
        FROM bounds WHERE first IS NOT NULL
      UNION
      SELECT month FROM month_close
    )
    SELECT to_char(m.month, 'YYYY-MM') AS month, min(mc.closed_at) AS closed_at, min(mc.closed_by) AS closed_by
      FROM months m
      LEFT JOIN month_close mc ON mc.month = m.month
     GROUP BY m.month
     ORDER BY m.month DESC`;
  return rows.map((r) => ({
    month: r.month,
    closed: r.closed_at !== null,
    closedAt: r.closed_at?.toISOString() ?? null,
    closedBy: r.closed_by,
  }));
}
