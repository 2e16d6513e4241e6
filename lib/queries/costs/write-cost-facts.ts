import type { DayCostFact, DayCostWorkload } from "../../costing/cost-fact";
import type { Db } from "../../db/prisma";

type Tx = Pick<Db, "$executeRawUnsafe">;

const BATCH = 2000;

function factRow(f: DayCostFact, computedAt: string) {
  return {
    cluster_id: f.clusterId,
    day: f.day,
    resource_kind: f.resourceKind,
    resource_uid: f.resourceUid,
    component: f.component,
    status: f.status,
    allocation: f.allocation,
    namespace: f.namespace,
    likely_owner_namespace: f.likelyOwnerNamespace,
    storage_class_name: f.storageClassName,
    price_entry_id: f.priceEntryId,
    price_override_id: f.priceOverrideId,
    price_source_date: f.priceSourceDate,
    quantity: f.quantity.toFixed(6),
    unit: f.unit,
    hours: f.hours.toFixed(4),
    unit_price: f.unitPrice?.toFixed(10) ?? null,
    cost: f.cost?.toFixed(10) ?? null,
    currency: f.currency,
    reason: f.reason,
    category: f.category,
    detail: f.detail,
    computed_at: computedAt,
  };
}

/**
 * Replaces the stored facts of `resourceKind` in a cluster for the days [from, to] (ISO days,
 * inclusive) with `facts`, and their workload splits. Days of closed months must not be passed.
 */
export async function writeCostFacts(
  tx: Tx,
  input: {
    clusterId: string;
    resourceKind: DayCostFact["resourceKind"];
    from: string;
    to: string;
    facts: { fact: DayCostFact; workloads?: DayCostWorkload[] }[];
    computedAt: Date;
  },
): Promise<void> {
  await tx.$executeRawUnsafe(
    `DELETE FROM cost_fact WHERE cluster_id = $1::uuid AND resource_kind = $2::"CostResourceKind" AND day BETWEEN $3::date AND $4::date`,
    input.clusterId,
    input.resourceKind,
    input.from,
    input.to,
  );
  const computedAt = input.computedAt.toISOString();
  for (let i = 0; i < input.facts.length; i += BATCH) {
    const batch = input.facts.slice(i, i + BATCH);
    await tx.$executeRawUnsafe(
      `INSERT INTO cost_fact SELECT * FROM json_populate_recordset(NULL::cost_fact, $1::json)`,
      JSON.stringify(batch.map(({ fact }) => factRow(fact, computedAt))),
    );
    const workloads = batch.flatMap(({ fact, workloads: split }) =>
      (split ?? []).map((w) => ({
        cluster_id: fact.clusterId,
        day: fact.day,
        resource_kind: fact.resourceKind,
        resource_uid: fact.resourceUid,
        component: fact.component,
        workload_kind: w.workloadKind,
        workload_name: w.workloadName,
        pod_hours: w.podHours.toFixed(4),
        share: w.share.toFixed(10),
        cost: w.cost?.toFixed(10) ?? null,
      })),
    );
    if (workloads.length > 0) {
      await tx.$executeRawUnsafe(
        `INSERT INTO cost_fact_workload SELECT * FROM json_populate_recordset(NULL::cost_fact_workload, $1::json)`,
        JSON.stringify(workloads),
      );
    }
  }
}
