import { Dec } from "../../pricing/decimal";
import type { IsoDay } from "../../pricing/types";
import { forecastDays } from "./forecast-days";
import { forecastGroups } from "./forecast-groups";
import type { ComponentDayCost, ForecastSettings } from "./forecast-types";

export interface BacktestCase {
  madeOn: IsoDay;
  horizon: "month-end" | "next-month";
  /** The month forecast, whole and known. */
  month: string;
  groups: number;
  /** Sums over the groups: what happened, what was forecast, and the absolute errors. */
  actual: Dec;
  forecast: Dec;
  absoluteError: Dec;
  /** Groups whose actual month fell inside their interval. */
  covered: number;
}

const ZERO = new Dec(0);

/**
 * Forecasts made on the given days of each month of a history, compared with what each month then
 * cost: only months the history holds whole (from `historyFrom` to `lastKnown`) are judged. The
 * forecast of a case sees only the days before it was made.
 */
export function backtestForecasts(
  rows: readonly ComponentDayCost[],
  input: {
    historyFrom: IsoDay;
    lastKnown: IsoDay;
    daysOfMonth: readonly number[];
    settings: ForecastSettings;
  },
): BacktestCase[] {
  const actual = new Map<string, Dec>();
  for (const row of rows) {
    const key = `${row.day.slice(0, 7)}\u0000${row.group}\u0000${row.currency}`;
    actual.set(key, (actual.get(key) ?? ZERO).plus(row.cost ?? ZERO));
  }
  const whole = (month: string) =>
    `${month}-01` >= input.historyFrom &&
    (forecastDays(`${month}-01`).remaining.at(-1) as IsoDay) <= input.lastKnown;
  const cases: BacktestCase[] = [];
  for (let month = input.historyFrom.slice(0, 7); `${month}-01` <= input.lastKnown; ) {
    for (const dayOfMonth of input.daysOfMonth) {
      const madeOn = `${month}-${String(dayOfMonth).padStart(2, "0")}`;
      if (madeOn > input.lastKnown) continue;
      const known = rows.filter((r) => r.day < madeOn);
      const forecasts = forecastGroups(known, {
        madeOn,
        historyFrom: input.historyFrom,
        settings: input.settings,
      });
      const days = forecastDays(madeOn);
      for (const horizon of ["month-end", "next-month"] as const) {
        const target = horizon === "month-end" ? days.month : days.nextMonth;
        if (!whole(target)) continue;
        const judged = forecasts.map((g) => {
          const estimate = horizon === "month-end" ? g.monthEnd : g.nextMonth;
          const happened = actual.get(`${target}\u0000${g.group}\u0000${g.currency}`) ?? ZERO;
          return { estimate, happened, covered: happened.gte(estimate.low) && happened.lte(estimate.high) };
        });
        cases.push({
          madeOn,
          horizon,
          month: target,
          groups: judged.length,
          actual: judged.reduce((s, j) => s.plus(j.happened), ZERO),
          forecast: judged.reduce((s, j) => s.plus(j.estimate.expected), ZERO),
          absoluteError: judged.reduce((s, j) => s.plus(j.estimate.expected.minus(j.happened).abs()), ZERO),
          covered: judged.filter((j) => j.covered).length,
        });
      }
    }
    month = forecastDays(`${month}-01`).nextMonth;
  }
  return cases;
}
