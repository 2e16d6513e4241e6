import { isoDayOf, MS_PER_DAY } from "../../costing/day-window";
import type { Db } from "../../db/prisma";
import { clearCostsStaleness } from "../../queries/costs/costs-staleness";
import type { ServiceCall } from "../service-context";
import { COST_HISTORY_DAYS } from "./bring-costs-up-to-date";
import { type ComputeCostFactsResult, computeCostFacts } from "./compute-cost-facts";

/**
 * A price, override, discount or the display currency changed: every open day of the cost history
 * is recomputed (closed months keep the prices they were closed with), and the costs are no longer
 * marked stale. The CLI runs it at once; the app marks costs stale and offers "Recompute now".
 */
export async function recomputeAfterPriceChange(
  db: Db,
  { input }: ServiceCall<{ now: Date }>,
): Promise<ComputeCostFactsResult> {
  const { now } = input;
  const from = isoDayOf(now.getTime() - (COST_HISTORY_DAYS - 1) * MS_PER_DAY);
  const result = await computeCostFacts(db, { from, to: isoDayOf(now), now });
  await clearCostsStaleness(db);
  return result;
}
