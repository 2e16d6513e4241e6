import { dataAccessDayCosts } from "../../costing/data-access/data-access-day-costs";
import { dataAccessSubjects } from "../../costing/data-access/data-access-subjects";
import { daysBetween, isoDayOf, monthsOf } from "../../costing/day-window";
import type { DayFactItem } from "../../costing/fact-runs";
import { sizeSnapshotChains, snapshotDayCosts } from "../../costing/snapshots";
import {
  pricingChangeDays,
  steadyDayKey,
  type VolumeCostInput,
  type VolumeCostingContext,
  volumeDayCosts,
} from "../../costing/volume-day-costs";
import { concurrentTransactionsOf, type Db } from "../../db/prisma";
import { killPoint } from "../../kill-point";
import type { IsoDay } from "../../pricing/types";
import { loadDataAccessCostingInput } from "../../queries/costs/load-data-access-costing-input";
import { loadVolumeCostingInput } from "../../queries/costs/load-volume-costing-input";
import { lockClusterCosts, markCostsComputed } from "../../queries/costs/lock-cluster-costs";
import { refreshCostRollups } from "../../queries/costs/refresh-cost-rollups";
import { loadSnapshotCostingInput } from "../../queries/costs/snapshots/load-snapshot-costing-input";
import { replaceCostFacts } from "../../queries/costs/write-cost-facts";
import { getPricingContext } from "../../queries/pricing/get-pricing-context";
import { COST_TABLES, refreshStatistics } from "../../queries/refresh-statistics";
import { volumeCostingContext } from "./volume-costing-context";

export interface ComputeCostFactsResult {
  clusters: number;
  days: number;
  /** Daily facts computed (a resource component on a day), whatever the runs they are stored as. */
  facts: number;
  /** Days left as they were because their month is closed. */
  closedDaysSkipped: number;
}

/**
 * (Re)computes the daily cost facts (volumes, snapshots and data access) of every cluster (or one) for the days [from, to], and their
 * rollups: the window's facts are replaced as a whole, in one transaction per cluster, so a reader never sees half a
 * day. Identical facts of consecutive days are stored as one run (lib/costing/fact-runs.ts). Days in a closed month
 * are frozen and skipped. `result.days` counts cluster-days.
 */
export async function computeCostFacts(
  db: Db,
  input: { from: IsoDay; to: IsoDay; clusterId?: string; now: Date },
): Promise<ComputeCostFactsResult> {
  const clusters = await db.cluster.findMany({ where: input.clusterId ? { id: input.clusterId } : {} });
  const result: ComputeCostFactsResult = {
    clusters: clusters.length,
    days: 0,
    facts: 0,
    closedDaysSkipped: 0,
  };
  const computeCluster = async (cluster: (typeof clusters)[number]) => {
    const closed = new Set(
      (await db.monthClose.findMany({ where: { orgId: cluster.orgId } })).map((m) =>
        m.month.toISOString().slice(0, 7),
      ),
    );
    const days = daysBetween(input.from, input.to).filter((day) => {
      if (!closed.has(day.slice(0, 7))) return true;
      result.closedDaysSkipped++;
      return false;
    });
    if (days.length === 0) return;
    const [costing, pricing, snapshotInput, dataAccess] = await Promise.all([
      loadVolumeCostingInput(db, { clusterId: cluster.id, from: input.from, to: input.to, now: input.now }),
      getPricingContext(db, { orgIds: [cluster.orgId] }),
      loadSnapshotCostingInput(db, { clusterId: cluster.id, from: input.from, to: input.to }),
      loadDataAccessCostingInput(db, {
        clusterId: cluster.id,
        from: input.from,
        to: input.to,
        now: input.now,
      }),
    ]);
    // Each file system or bucket read, with its readings and who mounted it, joined once for the window.
    const dataAccessReads = dataAccessSubjects(dataAccess.volumes, dataAccess.readings, dataAccess.mounts);
    // Snapshot chains and every snapshot's billed size over time, modelled once for the window.
    const snapshots = sizeSnapshotChains(snapshotInput);
    const snapshotPricing = {
      catalog: snapshotInput.catalog,
      overrides: snapshotInput.overrides,
      exchangeRates: snapshotInput.exchangeRates,
      displayCurrency: snapshotInput.displayCurrency,
    };
    const context = volumeCostingContext(costing, pricing, input.now);
    const changeDays = pricingChangeDays(pricing);
    await db.$transaction(
      async (tx) => {
        // Two computations of one cluster (two workers, a job and a command) take turns: each
        // replaces the window whole, so interleaved they would both add their facts.
        await lockClusterCosts(tx, cluster.id);
        // Each volume's facts of the day before, with the key of what they were computed from: a
        // steady day (same key) reuses them rather than pricing the volume again.
        const previous = new Map<string, { key: string | null; items: DayFactItem[] }>();
        const volumeFacts = (volume: VolumeCostInput, day: IsoDay, dayContext: VolumeCostingContext) => {
          const key = steadyDayKey(volume, day, dayContext, changeDays);
          const before = previous.get(volume.uid);
          const items =
            key !== null && before?.key === key
              ? before.items.map(({ fact, workloads }) => ({ fact: { ...fact, day }, workloads }))
              : volumeDayCosts(volume, day, dayContext);
          previous.set(volume.uid, { key, items });
          return items;
        };
        for (const month of monthsOf(days)) {
          const from = month[0] as IsoDay;
          const to = month.at(-1) as IsoDay;
          // Each day is computed as it is written: a month of a large cluster never sits in memory.
          const dayFacts = function* () {
            for (const day of month) {
              // One memo per day: prices can change from one day to the next.
              const dayContext = { ...context, priceCache: new Map() };
              const snapshotFacts = snapshotDayCosts({
                ...snapshots,
                day,
                clusterId: cluster.id,
                provider: snapshotInput.provider,
                region: snapshotInput.region,
                storageClasses: snapshotInput.storageClasses,
                pricing: snapshotPricing,
                now: input.now,
              });
              yield {
                day,
                items: [
                  ...costing.volumes.flatMap((volume) => volumeFacts(volume, day, dayContext)),
                  ...snapshotFacts.map((fact) => ({ fact })),
                  ...dataAccessReads.flatMap((subject) =>
                    dataAccessDayCosts({
                      ...subject,
                      clusterId: cluster.id,
                      day,
                      provider: costing.cluster.provider,
                      region: costing.cluster.region,
                      nodeZones: dataAccess.nodeZones,
                      catalog: pricing.catalog,
                      now: input.now,
                    }),
                  ),
                ],
              };
            }
          };
          const written = await replaceCostFacts(tx, {
            clusterId: cluster.id,
            from,
            to,
            days: dayFacts(),
            computedAt: input.now,
          });
          result.facts += written; // not `+= await`: it would add to a total read before other clusters wrote theirs
          killPoint("costs:facts-replaced");
          await refreshCostRollups(tx, { clusterId: cluster.id, from, to });
          killPoint("costs:month-written");
        }
        if (input.to >= isoDayOf(input.now)) await markCostsComputed(tx, cluster.id, input.now);
        killPoint("costs:before-commit");
      },
      { timeout: 30 * 60_000, maxWait: 60_000 },
    );
    killPoint("costs:cluster-committed");
    result.days += days.length;
  };
  // Clusters side by side, as many as the database can write at once: while one waits on the
  // database, another computes.
  const queue = [...clusters];
  const workers = Math.min(concurrentTransactionsOf(db), clusters.length);
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let cluster = queue.shift(); cluster; cluster = queue.shift()) await computeCluster(cluster);
    }),
  );
  // Bulk writes leave the planner's row counts behind (the embedded database has no autovacuum):
  // later reads of these tables would be planned for the tables as they were.
  if (result.facts > 0) await refreshStatistics(db, COST_TABLES);
  return result;
}
