import { isoDayOf, MS_PER_DAY } from "../../costing/day-window";
import type { Db } from "../../db/prisma";
import { killPoint } from "../../kill-point";
import type { IsoDay } from "../../pricing/types";
import { readCostBacklog, removeCostBacklog } from "../../queries/costs/cost-backlog";
import type { ServiceCall } from "../service-context";
import { computeCostFacts } from "./compute-cost-facts";

/** How far back costs are computed when none exist yet. */
export const COST_HISTORY_DAYS = 90;

export interface CostsBroughtUpToDate {
  clusters: number;
  /** Cluster-days computed. */
  days: number;
  facts: number;
  /** The earliest day computed, null when there were no clusters. */
  from: IsoDay | null;
  to: IsoDay;
}

/**
 * Brings every cluster's costs (or one's) up to `now`: from the earliest of its stale days (the
 * cost backlog, recorded by imports) and the day its costs were last computed through (that day
 * was partial, and the days since are missing), at most 90 days back, through today. Today is
 * always recomputed: its facts cover the hours so far. Backlog rows are removed once their days are
 * computed; a process killed before that leaves them for the next run. Any actor whose data
 * arrived may bring costs up to date (a collector's push does): computing changes no fact's inputs.
 */
export async function bringCostsUpToDate(
  db: Db,
  { input }: ServiceCall<{ now: Date; clusterId?: string }>,
): Promise<CostsBroughtUpToDate> {
  const clusters = await db.cluster.findMany({
    where: input.clusterId ? { id: input.clusterId } : {},
    select: { id: true, costsComputedAt: true },
    orderBy: { name: "asc" },
  });
  const backlog = await readCostBacklog(
    db,
    clusters.map((c) => c.id),
  );
  const to = isoDayOf(input.now);
  const earliest = isoDayOf(input.now.getTime() - (COST_HISTORY_DAYS - 1) * MS_PER_DAY);
  const result: CostsBroughtUpToDate = { clusters: clusters.length, days: 0, facts: 0, from: null, to };
  for (const cluster of clusters) {
    const stale = backlog.get(cluster.id);
    const covered = cluster.costsComputedAt ? isoDayOf(cluster.costsComputedAt) : earliest;
    const wanted = stale && stale.fromDay < covered ? stale.fromDay : covered;
    const from = wanted.localeCompare(earliest) < 0 ? earliest : wanted;
    const computed = await computeCostFacts(db, { from, to, now: input.now, clusterId: cluster.id });
    await removeCostBacklog(db, stale?.ids ?? []);
    killPoint("costs:backlog-cleared");
    result.days += computed.days;
    result.facts += computed.facts;
    if (result.from === null || from < result.from) result.from = from;
  }
  return result;
}
