import { isoDayOf } from "../../costing/day-window";
import type { Db } from "../../db/prisma";
import { type ComputeCostFactsResult, computeCostFacts } from "./compute-cost-facts";

/** How far back costs are computed when none exist yet. */
export const COST_HISTORY_DAYS = 90;

/**
 * Computes the days that have no facts yet, through today (today's facts cover the hours so far,
 * and are redone every time): from the day after the newest fact's day less one, or 90 days back.
 */
export async function bringCostsUpToDate(
  db: Db,
  input: { now: Date; clusterId?: string },
): Promise<ComputeCostFactsResult & { from: string; to: string }> {
  const newest = await db.costFact.aggregate({
    _max: { lastDay: true },
    where: input.clusterId ? { clusterId: input.clusterId } : {},
  });
  const to = isoDayOf(input.now);
  const earliest = isoDayOf(input.now.getTime() - COST_HISTORY_DAYS * 86_400_000);
  const from = newest._max.lastDay
    ? isoDayOf(Math.max(newest._max.lastDay.getTime() - 86_400_000, Date.parse(earliest)))
    : earliest;
  const result = await computeCostFacts(db, { from, to, now: input.now, clusterId: input.clusterId });
  return { ...result, from, to };
}
