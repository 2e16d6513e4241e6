import { Dec } from "../../pricing/decimal";
import type { IsoDay } from "../../pricing/types";
import { daysInMonthOf } from "../forecast/month-rate";

export interface BudgetStatusInput {
  monthlyAmount: Dec;
  actualThreshold: Dec;
  forecastThreshold: Dec;
  /** The month's spend so far and its month-end forecast; null forecast when unpriced or no spend known. */
  monthToDate: Dec;
  monthEnd: { expected: Dec; low: Dec; high: Dec } | null;
  /** Each known day of the month with its cost (days absent cost nothing). */
  days: readonly { day: IsoDay; cost: Dec }[];
  month: string;
}

export interface BurnDownPoint {
  day: IsoDay;
  /** Budget left after the day: actual while known, then the forecast's path; the even line beside it. */
  remaining: Dec | null;
  forecastRemaining: Dec | null;
  evenRemaining: Dec;
}

const ZERO = new Dec(0);

/**
 * Where a budget stands: the share spent and forecast, which thresholds are crossed, and the
 * burn-down of the month (the budget left each day against an even spend of it).
 */
export function budgetStatus(input: BudgetStatusInput) {
  const spentRatio = input.monthlyAmount.isZero() ? null : input.monthToDate.div(input.monthlyAmount);
  const forecastRatio =
    input.monthEnd === null || input.monthlyAmount.isZero()
      ? null
      : input.monthEnd.expected.div(input.monthlyAmount);
  const monthDays = daysInMonthOf(`${input.month}-01`);
  const costs = new Map(input.days.map((d) => [d.day, d.cost]));
  const lastKnown = input.days.reduce<IsoDay | null>(
    (last, d) => (last === null || d.day > last ? d.day : last),
    null,
  );
  const knownCount = lastKnown ? Number(lastKnown.slice(8)) : 0;
  // The forecast's remaining spend spread evenly over the days to come, for the chart only.
  const perDayToCome =
    input.monthEnd && monthDays > knownCount
      ? input.monthEnd.expected.minus(input.monthToDate).div(monthDays - knownCount)
      : ZERO;
  let spent = ZERO;
  const burnDown: BurnDownPoint[] = [];
  for (let d = 1; d <= monthDays; d++) {
    const day = `${input.month}-${String(d).padStart(2, "0")}`;
    const known = d <= knownCount;
    spent = spent.plus(known ? (costs.get(day) ?? ZERO) : perDayToCome);
    burnDown.push({
      day,
      remaining: known ? input.monthlyAmount.minus(spent) : null,
      forecastRemaining: known && d < knownCount ? null : input.monthlyAmount.minus(spent),
      evenRemaining: input.monthlyAmount.times(monthDays - d).div(monthDays),
    });
  }
  return {
    spentRatio,
    forecastRatio,
    actualCrossed: spentRatio?.gte(input.actualThreshold) ?? false,
    forecastCrossed: forecastRatio?.gte(input.forecastThreshold) ?? false,
    burnDown,
  };
}
