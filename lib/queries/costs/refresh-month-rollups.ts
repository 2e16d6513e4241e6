import { firstOfMonth, monthWindow } from "../../costing/cost-window";
import type { Db } from "../../db/prisma";

type Tx = Pick<Db, "$executeRawUnsafe">;

// What a window's whole months are read from (see showback-sql.ts): the day rollups of each
// (cluster, month) summed. Every statement reads cost_rollup_day of one cluster's whole months
// ($1 cluster, $2 the first day of the first month, $3 the last day of the last month).

const DAYS = `cost_rollup_day WHERE cluster_id = $1::uuid AND day BETWEEN $2::date AND $3::date`;
const MONTH_OF_DAY = `date_trunc('month', day::timestamp)::date`;

/** Every figure is a sum of the days' (resource-days of different days are different resource-days). */
const MONTH_ROLLUPS = `
  INSERT INTO cost_rollup_month (cluster_id, month, resource_kind, currency, allocation, namespace,
    likely_owner_namespace, storage_class_name, category, cost, estimated_cost, resource_days,
    unpriced_resource_days, included_resource_days, fact_count)
  SELECT cluster_id, ${MONTH_OF_DAY}, resource_kind, currency, allocation, namespace, likely_owner_namespace,
         storage_class_name, category, sum(cost), sum(estimated_cost), sum(resource_days),
         sum(unpriced_resource_days), sum(included_resource_days), sum(fact_count)
    FROM ${DAYS}
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`;

/** Day d of the month: slot d of `costs` (1-based), bit d − 1 of `present`. */
const EACH_DAY = Array.from(
  { length: 31 },
  (_, i) => `sum(cost) FILTER (WHERE day_of_month = ${i + 1})`,
).join(", ");

/**
 * A month of each day's cost per trend dimension, positional (NULL: nothing priced, or no rollups).
 * The days are summed per dimension first: a fifth of the rows (a cluster's ~500 namespaces have ~5
 * classes each) for the 31 sums to sort into slots (330 → 100 ms per cluster-month at fleet scale).
 */
const trend = (table: string, dimensions: string) => `
  INSERT INTO ${table} (cluster_id, month, currency, ${dimensions}, present, costs, cost)
  SELECT cluster_id, month, currency, ${dimensions}, bit_or(1 << (day_of_month - 1)), ARRAY[${EACH_DAY}], sum(cost)
    FROM (SELECT cluster_id, ${MONTH_OF_DAY} AS month, extract(day FROM day)::int AS day_of_month, currency,
                 ${dimensions}, sum(cost) AS cost
            FROM ${DAYS}
           GROUP BY cluster_id, day, currency, ${dimensions}) d
   GROUP BY cluster_id, month, currency, ${dimensions}`;

const TABLES = [
  ["cost_rollup_month", MONTH_ROLLUPS],
  ["cost_trend_namespace", trend("cost_trend_namespace", "allocation, namespace, category")],
  ["cost_trend_class", trend("cost_trend_class", "storage_class_name, category")],
] as const;

/** Two-key advisory locks do not share keys with Prisma's migration lock (one bigint key). */
const MONTH_LOCK = 0x726f6c6c;

/**
 * PostgreSQL takes the groups of a cluster's month (~2,500 rows out of ~77,500 at fleet scale) for
 * nearly as many as the rows, so at the default 4MB of work_mem it sorts them on disk: 260 ms instead
 * of 75 ms by hashing. Raised for these statements only (never lowered), then put back: the
 * transaction is the caller's.
 */
const RAISE_WORK_MEM = `
  SELECT set_config('tierscope.work_mem', current_setting('work_mem'), true),
         set_config('work_mem', CASE WHEN pg_size_bytes(current_setting('work_mem')) < pg_size_bytes('64MB')
                                     THEN '64MB' ELSE current_setting('work_mem') END, true)`;
// Outside a transaction block (scripts, tests) each statement is its own transaction: nothing to put back.
const RESTORE_WORK_MEM = `
  SELECT set_config('work_mem', coalesce(nullif(current_setting('tierscope.work_mem', true), ''),
                                         current_setting('work_mem')), true)`;

/**
 * Rebuilds a cluster's month rollups and daily trends for every month that [from, to] (ISO days,
 * inclusive) touches, from its day rollups. Call it in the transaction that rebuilt those days.
 *
 * A month is rebuilt whole from its days, so two transactions that rebuild different days of the
 * same month must not interleave: each would delete only the month rows it can see and add its own,
 * and the month would count twice. The lock makes the second wait, then read (READ COMMITTED: each
 * statement sees what committed before it started) the first's days and month rows.
 */
export async function refreshMonthRollups(
  tx: Tx,
  input: { clusterId: string; from: string; to: string },
): Promise<void> {
  const from = firstOfMonth(input.from);
  const to = monthWindow(input.to.slice(0, 7)).to;
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${MONTH_LOCK}, hashtext($1))`, input.clusterId);
  await tx.$executeRawUnsafe(RAISE_WORK_MEM);
  for (const [table, insert] of TABLES) {
    await tx.$executeRawUnsafe(
      `DELETE FROM ${table} WHERE cluster_id = $1::uuid AND month BETWEEN $2::date AND $3::date`,
      input.clusterId,
      from,
      to,
    );
    await tx.$executeRawUnsafe(insert, input.clusterId, from, to);
  }
  await tx.$executeRawUnsafe(RESTORE_WORK_MEM);
}
