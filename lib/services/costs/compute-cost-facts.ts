import { daysBetween } from "../../costing/day-window";
import { sizeSnapshotChains, snapshotDayCosts } from "../../costing/snapshots";
import { volumeDayCosts } from "../../costing/volume-day-costs";
import { concurrentTransactionsOf, type Db } from "../../db/prisma";
import type { IsoDay } from "../../pricing/types";
import { loadVolumeCostingInput } from "../../queries/costs/load-volume-costing-input";
import { refreshCostRollups } from "../../queries/costs/refresh-cost-rollups";
import { loadSnapshotCostingInput } from "../../queries/costs/snapshots/load-snapshot-costing-input";
import { writeCostFacts } from "../../queries/costs/write-cost-facts";
import { getPricingContext } from "../../queries/pricing/get-pricing-context";

export interface ComputeCostFactsResult {
  clusters: number;
  days: number;
  facts: number;
  /** Days left as they were because their month is closed. */
  closedDaysSkipped: number;
}

/**
 * (Re)computes the daily cost facts (volumes and snapshots) of every cluster (or one) for the days [from, to], and their
 * rollups: each day's facts are replaced as a whole, in one transaction per cluster, so a reader never sees half a
 * day. Days in a closed month are frozen and skipped. `result.days` counts cluster-days.
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
    const [costing, pricing, snapshotInput] = await Promise.all([
      loadVolumeCostingInput(db, { clusterId: cluster.id, from: input.from, to: input.to, now: input.now }),
      getPricingContext(db, { orgIds: [cluster.orgId] }),
      loadSnapshotCostingInput(db, { clusterId: cluster.id, from: input.from, to: input.to }),
    ]);
    // Snapshot chains and every snapshot's billed size over time, modelled once for the window.
    const snapshots = sizeSnapshotChains(snapshotInput);
    const snapshotPricing = {
      catalog: snapshotInput.catalog,
      overrides: snapshotInput.overrides,
      exchangeRates: snapshotInput.exchangeRates,
      displayCurrency: snapshotInput.displayCurrency,
    };
    const context = {
      clusterId: cluster.id,
      provider: costing.cluster.provider,
      region: costing.cluster.region,
      storageClasses: costing.storageClasses,
      volumeAttributesClasses: costing.volumeAttributesClasses,
      ...pricing,
      usedBytes: (namespace: string, claim: string, day: IsoDay) =>
        costing.usedBytes.get(`${namespace}/${claim}/${day}`) ?? null,
      mounts: (namespace: string, claim: string) => costing.mounts.get(`${namespace}/${claim}`) ?? [],
      now: input.now,
    };
    await db.$transaction(
      async (tx) => {
        for (const day of days) {
          // One memo per day: prices can change from one day to the next.
          const dayContext = { ...context, priceCache: new Map() };
          const facts = costing.volumes.flatMap((volume) => volumeDayCosts(volume, day, dayContext));
          await writeCostFacts(tx, {
            clusterId: cluster.id,
            resourceKind: "PersistentVolume",
            from: day,
            to: day,
            facts,
            computedAt: input.now,
          });
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
          await writeCostFacts(tx, {
            clusterId: cluster.id,
            resourceKind: "VolumeSnapshotContent",
            from: day,
            to: day,
            facts: snapshotFacts.map((fact) => ({ fact })),
            computedAt: input.now,
          });
          await refreshCostRollups(tx, { clusterId: cluster.id, from: day, to: day });
          result.facts += facts.length + snapshotFacts.length;
        }
      },
      { timeout: 30 * 60_000, maxWait: 60_000 },
    );
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
  return result;
}
