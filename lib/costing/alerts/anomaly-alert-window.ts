import type { IsoDay } from "../../pricing/types";
import { shiftDay } from "../day-window";

/** Anomalies still going on in the last days are announced: a day or two of lag in the facts is still caught. */
export const ANOMALY_ACTIVE_DAYS = 3;

/**
 * The days an alert sweep detects anomalies over, and the first day an anomaly must still be going
 * on to be announced. Detection reaches back a whole baseline (28 days by default): a level that
 * stays changed is one run for at most about half its baseline (then the median has taken the new
 * level in), so the run is seen whole and keeps its true first day. That day is the alert's
 * period, so a lasting shift is one alert, never a new one each day as the window slides.
 */
export function anomalyAlertWindow(
  today: IsoDay,
  baselineDays: number,
): { from: IsoDay; to: IsoDay; activeFrom: IsoDay } {
  const to = shiftDay(today, -1);
  return {
    from: shiftDay(to, -(Math.max(baselineDays, ANOMALY_ACTIVE_DAYS) - 1)),
    to,
    activeFrom: shiftDay(to, -(ANOMALY_ACTIVE_DAYS - 1)),
  };
}
