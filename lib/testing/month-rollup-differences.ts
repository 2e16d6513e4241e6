import type { Db } from "../db/prisma";

// What the month rollups and the daily trends must be, stated as plain SQL over the day rollups and
// compared with what is stored, row for row (EXCEPT ALL: a row stored twice is a difference too).

const MONTH = `date_trunc('month', day::timestamp)::date`;

const EXPECTED_MONTHS = `
  SELECT cluster_id, ${MONTH} AS month, resource_kind, currency, allocation, namespace, likely_owner_namespace,
         storage_class_name, category, sum(cost) AS cost, sum(estimated_cost) AS estimated_cost,
         sum(resource_days)::int AS resource_days, sum(unpriced_resource_days)::int AS unpriced_resource_days,
         sum(included_resource_days)::int AS included_resource_days, sum(fact_count)::int AS fact_count
    FROM cost_rollup_day
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`;

const STORED_MONTHS = `
  SELECT cluster_id, month, resource_kind, currency, allocation, namespace, likely_owner_namespace,
         storage_class_name, category, cost, estimated_cost, resource_days, unpriced_resource_days,
         included_resource_days, fact_count
    FROM cost_rollup_month`;

/** Each day's cost per trend dimension, from the day rollups and as stored (day d: slot d, bit d − 1). */
const trend = (table: string, dimensions: string) => ({
  expected: `
    SELECT cluster_id, ${MONTH} AS month, day, currency, ${dimensions}, sum(cost) AS cost
      FROM cost_rollup_day
     GROUP BY cluster_id, day, currency, ${dimensions}`,
  stored: `
    SELECT s.cluster_id, s.month, s.month + (d - 1) AS day, s.currency, ${dimensions}, s.costs[d] AS cost
      FROM ${table} s CROSS JOIN generate_series(1, 31) d
     WHERE s.present & (1 << (d - 1)) <> 0`,
  // A row's month total is the sum of its days; it has a slot per day of a month and a cost only on
  // days present, all in its month.
  inconsistent: `
    SELECT s.* FROM ${table} s
     WHERE s.cost IS DISTINCT FROM (SELECT sum(c) FROM unnest(s.costs) c)
        OR cardinality(s.costs) <> 31 OR s.present = 0
        OR EXISTS (SELECT 1 FROM generate_series(1, 31) d
                    WHERE (s.present & (1 << (d - 1)) <> 0 AND date_trunc('month', (s.month + (d - 1))::timestamp)::date <> s.month)
                       OR (s.present & (1 << (d - 1)) = 0 AND s.costs[d] IS NOT NULL))`,
});

const TRENDS = {
  cost_trend_namespace: trend("cost_trend_namespace", "allocation, namespace, category"),
  cost_trend_class: trend("cost_trend_class", "storage_class_name, category"),
};

export interface RollupDifference {
  table: string;
  /** missing: what the day rollups sum to and is not stored; extra: stored and not what they sum to. */
  side: "missing" | "extra" | "inconsistent";
  row: Record<string, unknown>;
}

async function difference(
  db: Db,
  table: string,
  expected: string,
  stored: string,
): Promise<RollupDifference[]> {
  const [missing, extra] = await Promise.all([
    db.$queryRawUnsafe<Record<string, unknown>[]>(`${expected} EXCEPT ALL ${stored}`),
    db.$queryRawUnsafe<Record<string, unknown>[]>(`${stored} EXCEPT ALL ${expected}`),
  ]);
  return [
    ...missing.map((row) => ({ table, side: "missing" as const, row })),
    ...extra.map((row) => ({ table, side: "extra" as const, row })),
  ];
}

/**
 * Every month rollup and trend row that is not exactly the sum of its day rollups, and every sum of
 * day rollups that has no such row: none when the two are consistent.
 */
export async function monthRollupDifferences(db: Db): Promise<RollupDifference[]> {
  const differences = await difference(db, "cost_rollup_month", EXPECTED_MONTHS, STORED_MONTHS);
  for (const [table, sql] of Object.entries(TRENDS)) {
    differences.push(...(await difference(db, table, sql.expected, sql.stored)));
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql.inconsistent);
    differences.push(...rows.map((row) => ({ table, side: "inconsistent" as const, row })));
  }
  return differences;
}
