import { isoDayOf } from "../../costing/day-window";
import type { Db } from "../../db/prisma";
import { COST_HISTORY_DAYS } from "./bring-costs-up-to-date";
import { computeCostFacts } from "./compute-cost-facts";

/**
 * A price, override, discount or the display currency changed: every open day of the cost history
 * is recomputed (closed months keep the prices they were closed with). Runs in the request or
 * command that made the change.
 */
export async function recomputeAfterPriceChange(db: Db, now: Date): Promise<void> {
  const from = isoDayOf(now.getTime() - (COST_HISTORY_DAYS - 1) * 86_400_000);
  await computeCostFacts(db, { from, to: isoDayOf(now), now });
}
