import type { Db } from "../db/prisma";

/** Every stored daily fact and workload split, as text (but when it was computed), sorted. */
export async function dailyFacts(db: Db): Promise<string[]> {
  const facts = await db.$queryRawUnsafe<{ row: string }[]>(
    `SELECT concat_ws('|', cluster_id, day, resource_kind, resource_uid, component, status, allocation, namespace,
                      likely_owner_namespace, storage_class_name, price_entry_id, price_override_id, price_source_date,
                      quantity, unit, hours, unit_price, cost, currency, reason, category, detail) AS row
       FROM cost_fact_day`,
  );
  const splits = await db.$queryRawUnsafe<{ row: string }[]>(
    `SELECT concat_ws('|', cluster_id, day, resource_kind, resource_uid, component, workload_kind, workload_name,
                      pod_hours, share, cost) AS row
       FROM cost_fact_workload_day`,
  );
  return [...facts.map((f) => `fact ${f.row}`), ...splits.map((w) => `split ${w.row}`)].sort();
}
