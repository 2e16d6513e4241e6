import { Dec } from "../../pricing/decimal";
import type { IsoDay } from "../../pricing/types";
import { daysBetween, shiftDay } from "../day-window";
import { forecastDays } from "./forecast-days";
import type { ComponentForecast, ForecastSettings } from "./forecast-types";
import { type Proration, rateFactor } from "./month-rate";
import { median, rmsAround } from "./robust-stats";

export interface ComponentHistory {
  category: string;
  proration: Proration;
  /** Day → priced cost (null: resources, none priced). A day absent from `historyFrom` on cost 0. */
  costs: ReadonlyMap<IsoDay, Dec | null>;
}

const ZERO = new Dec(0);

/**
 * Variance of the sum of the future days' costs weighted by `weights` (0 for days outside the
 * target), when each day's rate is the previous one's plus the trend plus an independent change of
 * variance sigma²: a change on day j moves every later day, so it counts with the weights of the
 * days from j on.
 */
function cumulativeVariance(weights: readonly Dec[], sigma: Dec): Dec {
  let suffix = ZERO;
  let total = ZERO;
  for (let j = weights.length - 1; j >= 0; j--) {
    suffix = suffix.plus(weights[j] as Dec);
    total = total.plus(suffix.pow(2));
  }
  return total.times(sigma.pow(2));
}

/**
 * Month-end and next-month forecast of one component (see README "Forecasts"): what is known of the
 * month plus each day to come at the last known day's cost, moved by the trend. The trend is the
 * median of the day-to-day changes of the rate (cost times the days of its month, for calendar
 * prorated prices) over the trend window: resources that did not change add 0, a volume deleted or
 * created once is one outlier among the changes and is ignored, a chain that grows every day moves
 * the median. The spread of the changes around it gives the prediction interval.
 */
export function forecastComponent(
  history: ComponentHistory,
  input: { madeOn: IsoDay; historyFrom: IsoDay; settings: ForecastSettings },
): ComponentForecast {
  const days = forecastDays(input.madeOn);
  const costOn = (day: IsoDay) => history.costs.get(day) ?? ZERO;
  const monthToDate = days.monthToDate.reduce((sum, day) => sum.plus(costOn(day)), ZERO);

  const trendFrom = shiftDay(days.lastKnown, 1 - input.settings.trendDays);
  const windowFrom = [trendFrom, input.historyFrom].sort().at(-1) as IsoDay;
  const window = days.lastKnown < input.historyFrom ? [] : daysBetween(windowFrom, days.lastKnown);
  const rate = (day: IsoDay) => costOn(day).times(rateFactor(history.proration, day));
  const changes = window.slice(1).map((day, i) => rate(day).minus(rate(window[i] as IsoDay)));
  const trendPerDay = median(changes) ?? ZERO;
  const sigma = rmsAround(changes, trendPerDay);
  const level = window.length > 0 ? rate(days.lastKnown) : ZERO;

  const future = [...days.remaining, ...days.next];
  // A group cannot cost less than nothing: a shrinking trend stops at 0 instead of refunding.
  const projected = future.map((day, i) =>
    Dec.max(ZERO, level.plus(trendPerDay.times(i + 1))).div(rateFactor(history.proration, day)),
  );
  const weights = future.map((day) => new Dec(1).div(rateFactor(history.proration, day)));
  const remainingCount = days.remaining.length;
  const inMonth = weights.slice(0, remainingCount);
  const inNext = weights.map((w, i) => (i < remainingCount ? ZERO : w));
  const monthEndVariance = cumulativeVariance(inMonth, sigma);
  const nextMonthVariance = cumulativeVariance(inNext, sigma);

  const sum = (values: Dec[]) => values.reduce((s, v) => s.plus(v), ZERO);
  const z = new Dec(input.settings.intervalZ);
  const monthEndExpected = monthToDate.plus(sum(projected.slice(0, remainingCount)));
  const nextExpected = sum(projected.slice(remainingCount));
  const monthEndHalf = z.times(monthEndVariance.sqrt());
  const nextHalf = z.times(nextMonthVariance.sqrt());
  return {
    category: history.category,
    monthToDate,
    // What is spent is spent: the month cannot end below its month to date, nor a month below 0.
    monthEnd: {
      expected: monthEndExpected,
      low: Dec.max(monthToDate, monthEndExpected.minus(monthEndHalf)),
      high: monthEndExpected.plus(monthEndHalf),
    },
    nextMonth: {
      expected: nextExpected,
      low: Dec.max(ZERO, nextExpected.minus(nextHalf)),
      high: nextExpected.plus(nextHalf),
    },
    lastDayCost: window.length > 0 ? costOn(days.lastKnown) : ZERO,
    // On the daily cost's scale (the trend is the rate's), so components of both prorations add up.
    trendPerDay: trendPerDay.div(rateFactor(history.proration, days.lastKnown)),
    monthEndVariance,
    nextMonthVariance,
    unpricedDays: window.filter((day) => history.costs.get(day) === null).length,
  };
}
