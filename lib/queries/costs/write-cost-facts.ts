import type { DayCostFact, DayCostWorkload } from "../../costing/cost-fact";
import { shiftDay } from "../../costing/day-window";
import { type CostFactRun, createFactRunBuilder, type DayFactItem } from "../../costing/fact-runs";
import type { Db } from "../../db/prisma";

type Tx = Pick<Db, "$executeRawUnsafe">;

const BATCH = 2000;

/** Runs stored at a time: few round trips, and memory stays flat however many days are written. */
const STORE_BATCH = 10_000;

/** Every stored column of cost_fact but first_day. */
const FACT_COLUMNS = `cluster_id, last_day, resource_kind, resource_uid, component, status, allocation, namespace,
  likely_owner_namespace, storage_class_name, price_entry_id, price_override_id, price_source_date, quantity, unit,
  hours, unit_price, cost, currency, reason, category, detail, computed_at`;

/** Every column of cost_fact_workload but first_day. */
const WORKLOAD_COLUMNS = `cluster_id, resource_kind, resource_uid, component, workload_kind, workload_name, pod_hours, share, cost`;

/** A fact's columns as stored, but its days and when it was computed. */
function storedFact(f: DayCostFact) {
  return {
    cluster_id: f.clusterId,
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
  };
}

function storedWorkload(w: DayCostWorkload) {
  return {
    workload_kind: w.workloadKind,
    workload_name: w.workloadName,
    pod_hours: w.podHours.toFixed(4),
    share: w.share.toFixed(10),
    cost: w.cost?.toFixed(10) ?? null,
  };
}

/** Signatures already worked out, by the fact's detail object (see costFactSignature). */
const signatures = new WeakMap<object, string>();

/**
 * What a day's fact and its workload split store, but the day: two days with the same signature
 * are one run (lib/costing/fact-runs.ts). A fact copied to a steady day keeps its detail object
 * and workload split, so its signature is remembered rather than serialised again.
 */
function costFactSignature({ fact, workloads }: DayFactItem): string {
  const known = signatures.get(fact.detail);
  if (known !== undefined) return known;
  const signature = JSON.stringify([storedFact(fact), (workloads ?? []).map(storedWorkload)]);
  signatures.set(fact.detail, signature);
  return signature;
}

/** A workload split `w` of the fact run `f`: their key, as no foreign key ties them (see the schema). */
const SAME_RUN = `w.cluster_id = f.cluster_id AND w.first_day = f.first_day AND w.resource_kind = f.resource_kind
  AND w.resource_uid = f.resource_uid AND w.component = f.component`;

/**
 * The splits `w` a window's runs can have, bounded on their own primary key: without it the planner
 * may read every split of every cluster to join them to a few runs.
 */
const SPLITS_IN_MONTH = `w.cluster_id = $1::uuid AND w.first_day BETWEEN $4::date AND $3::date`;

/** The first day of `day`'s month. */
function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** The last day of `day`'s month. */
function monthEnd(day: string): string {
  const [year, month] = day.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function assertOneMonth(from: string, to: string): void {
  if (from > to || from.slice(0, 7) !== to.slice(0, 7)) {
    throw new Error(`a fact window must be days of one month, in order: ${from}..${to}`);
  }
}

/**
 * Removes a cluster's stored facts (every resource kind) for the days [from, to] of one month
 * (ISO days, inclusive), keeping the days outside it: a run that starts before the window ends the
 * day before it, one that ends after it starts the day after, and one spanning the window is split
 * in two; each run's workload split goes with it. Closed months must not be passed.
 */
async function clearCostFacts(tx: Tx, input: { clusterId: string; from: string; to: string }): Promise<void> {
  assertOneMonth(input.from, input.to);
  const args = [input.clusterId, input.from, input.to, monthStart(input.from)] as const;
  const overlapping = (f: string) =>
    `${f}.cluster_id = $1::uuid AND ${f}.first_day BETWEEN $4::date AND $3::date AND ${f}.last_day >= $2::date`;
  // Runs spanning the whole window: copy their tail (the days after it), with its workload split.
  await tx.$executeRawUnsafe(
    `INSERT INTO cost_fact (first_day, ${FACT_COLUMNS})
     SELECT $3::date + 1, ${FACT_COLUMNS}
       FROM cost_fact f WHERE ${overlapping("f")} AND f.first_day < $2::date AND f.last_day > $3::date`,
    ...args,
  );
  await tx.$executeRawUnsafe(
    `INSERT INTO cost_fact_workload (first_day, ${WORKLOAD_COLUMNS})
     SELECT $3::date + 1, ${WORKLOAD_COLUMNS.replaceAll(/(\w+)/g, "w.$1")}
       FROM cost_fact f JOIN cost_fact_workload w USING (cluster_id, first_day, resource_kind, resource_uid, component)
      WHERE ${overlapping("f")} AND ${SPLITS_IN_MONTH} AND f.first_day < $2::date AND f.last_day > $3::date`,
    ...args,
  );
  // Runs starting before the window now end the day before it.
  await tx.$executeRawUnsafe(
    `UPDATE cost_fact f SET last_day = $2::date - 1 WHERE ${overlapping("f")} AND f.first_day < $2::date`,
    ...args,
  );
  // Runs starting in the window and ending after it now start the day after it, with their splits.
  await tx.$executeRawUnsafe(
    `UPDATE cost_fact_workload w SET first_day = $3::date + 1
       FROM cost_fact f
      WHERE ${overlapping("f")} AND ${SPLITS_IN_MONTH} AND f.last_day > $3::date AND ${SAME_RUN}`,
    ...args,
  );
  await tx.$executeRawUnsafe(
    `UPDATE cost_fact f SET first_day = $3::date + 1 WHERE ${overlapping("f")} AND f.last_day > $3::date`,
    ...args,
  );
  // What is left in the window is whole runs.
  await tx.$executeRawUnsafe(
    `DELETE FROM cost_fact_workload w USING cost_fact f WHERE ${overlapping("f")} AND ${SPLITS_IN_MONTH} AND ${SAME_RUN}`,
    ...args,
  );
  await tx.$executeRawUnsafe(`DELETE FROM cost_fact f WHERE ${overlapping("f")}`, ...args);
}

/**
 * Replaces a cluster's facts for the days [from, to] of one month with `days` (each day's facts and
 * workload splits, in order; a generator may compute them as they are read): identical facts of
 * consecutive days are stored as one run, joined to identical runs beside the window. Returns how
 * many daily facts were written. Days of closed months must not be passed.
 */
export async function replaceCostFacts(
  tx: Tx,
  input: {
    clusterId: string;
    from: string;
    to: string;
    days: Iterable<{ day: string; items: readonly DayFactItem[] }>;
    computedAt: Date;
  },
): Promise<number> {
  await clearCostFacts(tx, input);
  let ended: CostFactRun[] = [];
  const runs = createFactRunBuilder({ signature: costFactSignature, emit: (run) => ended.push(run) });
  let facts = 0;
  for (const { day, items } of input.days) {
    if (day < input.from || day > input.to)
      throw new Error(`fact day ${day} is outside ${input.from}..${input.to}`);
    runs.addDay(day, items);
    facts += items.length;
    if (ended.length >= STORE_BATCH) {
      await insertCostFactRuns(tx, ended, input.computedAt);
      ended = [];
    }
  }
  runs.finish();
  await insertCostFactRuns(tx, ended, input.computedAt);
  await joinCostFactRunsAtEdges(tx, input);
  return facts;
}

/** Stores runs of facts, with their workload splits. Their days must be clear (clearCostFacts). */
async function insertCostFactRuns(tx: Tx, runs: readonly CostFactRun[], computedAt: Date): Promise<void> {
  const computed = computedAt.toISOString();
  for (let i = 0; i < runs.length; i += BATCH) {
    const batch = runs.slice(i, i + BATCH);
    await tx.$executeRawUnsafe(
      `INSERT INTO cost_fact SELECT * FROM json_populate_recordset(NULL::cost_fact, $1::json)`,
      JSON.stringify(
        batch.map(({ fact, lastDay }) => ({
          ...storedFact(fact),
          first_day: fact.day,
          last_day: lastDay,
          computed_at: computed,
        })),
      ),
    );
    const workloads = batch.flatMap(({ fact, workloads: split }) =>
      (split ?? []).map((w) => ({
        cluster_id: fact.clusterId,
        first_day: fact.day,
        resource_kind: fact.resourceKind,
        resource_uid: fact.resourceUid,
        component: fact.component,
        ...storedWorkload(w),
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

/** A run's workload split, comparable with another's. */
const workloadSplit = (f: string) => `
  (SELECT array_agg((w.workload_kind, w.workload_name, w.pod_hours, w.share, w.cost) ORDER BY w.workload_kind, w.workload_name)
     FROM cost_fact_workload w
    WHERE w.cluster_id = ${f}.cluster_id AND w.first_day = ${f}.first_day AND w.resource_kind = ${f}.resource_kind
      AND w.resource_uid = ${f}.resource_uid AND w.component = ${f}.component)`;

const compared = (f: string) =>
  `(${f}.status, ${f}.allocation, ${f}.namespace, ${f}.likely_owner_namespace, ${f}.storage_class_name,
    ${f}.price_entry_id, ${f}.price_override_id, ${f}.price_source_date, ${f}.quantity, ${f}.unit, ${f}.hours,
    ${f}.unit_price, ${f}.cost, ${f}.currency, ${f}.reason, ${f}.category, ${f}.detail)`;

/**
 * Joins the runs that a recomputed window [from, to] (one month) left side by side with identical
 * neighbours: a run ending the day before the window with the one starting on its first day, then a
 * run ending on its last day with the one starting the day after. Without it, recomputing the last
 * days every day would cut a steady volume's month into a run per day.
 */
async function joinCostFactRunsAtEdges(
  tx: Tx,
  input: { clusterId: string; from: string; to: string },
): Promise<void> {
  assertOneMonth(input.from, input.to);
  const dayBefore = shiftDay(input.from, -1);
  for (const edge of [dayBefore, input.to]) {
    await tx.$executeRawUnsafe(
      `WITH pairs AS (
         SELECT p.first_day AS first_day, n.first_day AS next_first_day, n.last_day AS next_last_day,
                n.computed_at AS next_computed_at, p.resource_kind, p.resource_uid, p.component
           FROM cost_fact p
           JOIN cost_fact n ON n.cluster_id = p.cluster_id AND n.resource_kind = p.resource_kind
                           AND n.resource_uid = p.resource_uid AND n.component = p.component
                           AND n.first_day = p.last_day + 1
          WHERE p.cluster_id = $1::uuid AND p.first_day BETWEEN $3::date AND $2::date AND p.last_day = $2::date
            AND n.first_day <= $4::date
            AND ${compared("p")} IS NOT DISTINCT FROM ${compared("n")}
            AND ${workloadSplit("p")} IS NOT DISTINCT FROM ${workloadSplit("n")}),
       extended AS (
         UPDATE cost_fact f SET last_day = pairs.next_last_day, computed_at = pairs.next_computed_at
           FROM pairs
          WHERE f.cluster_id = $1::uuid AND f.first_day = pairs.first_day AND f.resource_kind = pairs.resource_kind
            AND f.resource_uid = pairs.resource_uid AND f.component = pairs.component),
       dropped_splits AS (
         DELETE FROM cost_fact_workload w USING pairs
          WHERE w.cluster_id = $1::uuid AND w.first_day = pairs.next_first_day AND w.resource_kind = pairs.resource_kind
            AND w.resource_uid = pairs.resource_uid AND w.component = pairs.component)
       DELETE FROM cost_fact f USING pairs
        WHERE f.cluster_id = $1::uuid AND f.first_day = pairs.next_first_day AND f.resource_kind = pairs.resource_kind
          AND f.resource_uid = pairs.resource_uid AND f.component = pairs.component`,
      input.clusterId,
      edge,
      monthStart(input.from),
      monthEnd(input.from),
    );
  }
}
