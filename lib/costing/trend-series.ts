import { Dec } from "../pricing/decimal";
import { type CostWindow, eachDay } from "./cost-window";

// Pure shaping of the queries' daily trends into chart rows: one row per day of the window (days
// with no facts at 0), a numeric field per series, and "other" for whatever the shown series leave
// out, so a stacked chart's height is always the day's whole spend.

export const OTHER_SERIES = "__other";

export interface TrendSeries {
  key: string;
  label: string;
}

export interface TrendRows {
  rows: ({ day: string } & Record<string, number | string>)[];
  series: TrendSeries[];
}

/**
 * `points[i].values` are exact decimal strings by series key; `points[i].total` the day's whole
 * spend. Only `series` are drawn; the rest of each day's total goes to OTHER_SERIES when any is left.
 */
export function trendRows(
  window: CostWindow,
  points: { day: string; total: string; values: Record<string, string> }[],
  series: TrendSeries[],
  otherLabel = "Other",
): TrendRows {
  const byDay = new Map(points.map((p) => [p.day, p]));
  let hasOther = false;
  const rows = eachDay(window).map((day) => {
    const point = byDay.get(day);
    const row: { day: string } & Record<string, number | string> = { day };
    let shown = new Dec(0);
    for (const s of series) {
      const value = point?.values[s.key] ?? "0";
      shown = shown.plus(value);
      row[s.key] = Number(value);
    }
    // Money is summed exactly and only the chart's number is a float.
    const other = new Dec(point?.total ?? "0").minus(shown);
    if (!other.isZero()) hasOther = true;
    row[OTHER_SERIES] = other.toNumber();
    return row;
  });
  return { rows, series: hasOther ? [...series, { key: OTHER_SERIES, label: otherLabel }] : series };
}
