import { monthWindow } from "../../costing/cost-window";
import type { MonthCloseChecklist } from "../../costing/month-close-checklist";
import type { Db } from "../../db/prisma";
import { getCostsStaleness } from "./costs-staleness";

/** The pre-close checklist of a month (YYYY-MM), over every cluster. */
export async function getMonthCloseChecklist(db: Db, month: string): Promise<MonthCloseChecklist> {
  const window = monthWindow(month);
  const [[unpriced], imports, stale] = await Promise.all([
    db.$queryRaw<{ days: number }[]>`
      SELECT count(DISTINCT (cf.cluster_id, cf.resource_kind, cf.resource_uid, cf.day))::int AS days
        FROM cost_fact_day cf
       WHERE cf.day BETWEEN ${window.from}::date AND ${window.to}::date AND cf.status = 'unpriced'`,
    db.$queryRaw<{ cluster_name: string; imports: number; last_computed_at: Date | null }[]>`
      WITH computed AS (
        SELECT f.cluster_id, max(f.computed_at) AS at
          FROM cost_fact f
         WHERE f.first_day <= ${window.to}::date AND f.last_day >= ${window.from}::date
         GROUP BY f.cluster_id)
      SELECT c.name AS cluster_name, count(o.id)::int AS imports, computed.at AS last_computed_at
        FROM cluster c
        JOIN observation o ON o.cluster_id = c.id AND o.status = 'completed'
        LEFT JOIN computed ON computed.cluster_id = c.id
       WHERE o.observed_at < (${window.to}::date + 1)::timestamptz
         AND (computed.at IS NULL OR o.finished_at > computed.at)
       GROUP BY c.name, computed.at
       ORDER BY c.name`,
    getCostsStaleness(db),
  ]);
  const importsSinceComputed = imports.map((r) => ({
    clusterName: r.cluster_name,
    imports: r.imports,
    lastComputedAt: r.last_computed_at?.toISOString() ?? null,
  }));
  const unpricedResourceDays = unpriced?.days ?? 0;
  const recomputePending = stale !== null || importsSinceComputed.length > 0;
  return {
    month,
    unpricedResourceDays,
    staleSince: stale,
    importsSinceComputed,
    recomputePending,
    clean: unpricedResourceDays === 0 && !recomputePending,
  };
}
