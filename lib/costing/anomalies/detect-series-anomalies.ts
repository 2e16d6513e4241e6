import { Dec } from "../../pricing/decimal";
import type { IsoDay } from "../../pricing/types";
import { daysBetween, shiftDay } from "../day-window";
import { median, scaledMad } from "../forecast/robust-stats";
import type { AnomalySettings } from "./anomaly-settings";

/**
 * One value a day: `valueOn(day, scaleOf)` is day's value on the scale of day `scaleOf` (a
 * calendar-prorated cost in a 31-day month is a 30-day month's × 30/31; counts need no scaling).
 * Days with nothing are 0.
 */
export interface DailySeries {
  valueOn(day: IsoDay, scaleOf: IsoDay): Dec;
}

export interface SeriesAnomaly {
  day: IsoDay;
  value: Dec;
  /** The last day of a run of anomalous days in the same direction (one anomaly, not one a day). */
  lastDay: IsoDay;
  /** The baseline's median, on the day's scale, and how far the day is from it. */
  expected: Dec;
  deviation: Dec;
  /** The deviation in scaled MADs (null when the baseline did not vary at all). */
  score: Dec | null;
}

/**
 * Days of `days` whose value is far from the robust baseline of the days before it: the median and
 * the scaled MAD of the `baselineDays` before, rescaled to the day's month (a month boundary is no
 * step). The bar is the larger of `threshold` MADs, `minRelativeChange` of the median and
 * `minAmount`: a baseline that never varied has a MAD of 0, and any change would otherwise count.
 * Days before `historyFrom` are unknown and not in any baseline.
 */
export function detectSeriesAnomalies(
  series: DailySeries,
  input: { days: readonly IsoDay[]; historyFrom: IsoDay; settings: AnomalySettings },
): SeriesAnomaly[] {
  const { settings } = input;
  const found: SeriesAnomaly[] = [];
  for (const day of input.days) {
    const from = [shiftDay(day, -settings.baselineDays), input.historyFrom].sort().at(-1) as IsoDay;
    const before = shiftDay(day, -1);
    if (before < from) continue;
    const baselineDays = daysBetween(from, before);
    if (baselineDays.length < settings.minBaselineDays) continue;
    const baseline = baselineDays.map((d) => series.valueOn(d, day));
    const expected = median(baseline) as Dec;
    const mad = scaledMad(baseline) as Dec;
    const value = series.valueOn(day, day);
    const deviation = value.minus(expected);
    const bar = Dec.max(
      mad.times(settings.threshold),
      expected.abs().times(settings.minRelativeChange),
      settings.minAmount,
    );
    if (deviation.abs().lt(bar)) continue;
    // A level that stays changed is one anomaly from its first day, not a new one every day after.
    const last = found.at(-1);
    if (last && last.lastDay === before && last.deviation.isNeg() === deviation.isNeg()) {
      last.lastDay = day;
      continue;
    }
    found.push({
      day,
      lastDay: day,
      value,
      expected,
      deviation,
      score: mad.isZero() ? null : deviation.div(mad),
    });
  }
  return found;
}
