import { KINDS } from "../ingest/kube/kube-kinds";

/** What an import writes: the object tables and the observation's own rows. */
export const IMPORT_TABLES = [
  ...KINDS.map((k) => k.table),
  "pod_volume",
  "persistent_volume_revision",
  "observation",
  "observation_kind",
  "observation_skip",
  "cost_backlog",
];

/** What a cost computation writes. */
export const COST_TABLES = [
  "cost_fact",
  "cost_fact_workload",
  "cost_rollup_day",
  "cost_rollup_month",
  "cost_trend_namespace",
  "cost_trend_class",
];

/**
 * Refreshes the planner's statistics of `tables` (ANALYZE) after a bulk write, outside any
 * transaction. A server's autovacuum does it too, but only after a while; the embedded database
 * has none, and queries planned for an empty table scan a full one row by row.
 */
export async function refreshStatistics(
  db: { $executeRawUnsafe(query: string): Promise<number> },
  tables: readonly string[],
): Promise<void> {
  await db.$executeRawUnsafe(`ANALYZE ${tables.map((t) => `"${t}"`).join(", ")}`);
}
