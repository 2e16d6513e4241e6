import type { WithClosedMonths } from "../../costing/closed-months";
import type { CostWindow } from "../../costing/cost-window";
import type { Db } from "../../db/prisma";
import { listClosedMonthsInWindow } from "../../queries/costs/list-closed-months-in-window";

/** A view's result over a window, with the closed months the window includes (the banner's facts). */
export async function withClosedMonths<T extends object>(
  db: Db,
  window: CostWindow,
  result: Promise<T>,
): Promise<WithClosedMonths<T>> {
  const [value, closedMonths] = await Promise.all([result, listClosedMonthsInWindow(db, window)]);
  return { ...value, closedMonths };
}
