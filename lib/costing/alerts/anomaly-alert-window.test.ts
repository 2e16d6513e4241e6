import { describe, expect, it } from "vitest";
import { Dec } from "../../pricing/decimal";
import type { IsoDay } from "../../pricing/types";
import { DEFAULT_ANOMALY_SETTINGS } from "../anomalies/anomaly-settings";
import { detectSeriesAnomalies } from "../anomalies/detect-series-anomalies";
import { daysBetween, shiftDay } from "../day-window";
import { anomalyAlertWindow } from "./anomaly-alert-window";
import { judgeAnomalyRule } from "./judge-anomaly-rule";

// A cost that doubles on 2026-11-05 and stays there, judged by a sweep every day for five weeks:
// one alert (period 2026-11-05), not one for every day the window slides over the lasting shift.

const SHIFT: IsoDay = "2026-11-05";
const series = { valueOn: (day: IsoDay) => new Dec(day < SHIFT ? 100 : 200) };

function alertsOfSweep(today: IsoDay) {
  const window = anomalyAlertWindow(today, DEFAULT_ANOMALY_SETTINGS.baselineDays);
  const found = detectSeriesAnomalies(series, {
    days: daysBetween(window.from, window.to),
    historyFrom: "2026-08-01",
    settings: DEFAULT_ANOMALY_SETTINGS,
  });
  const raised = found
    .filter((a) => a.lastDay >= window.activeFrom)
    .map((a) => ({
      kind: "cost",
      group: "fleet",
      currency: "USD",
      day: a.day,
      value: a.value.toFixed(),
      expected: a.expected.toFixed(),
    }));
  return judgeAnomalyRule(raised);
}

describe("the window an anomaly alert is judged over", () => {
  it("announces a lasting level shift once, keyed by its first day, across five weeks of daily sweeps", () => {
    const periods = new Set<string>();
    for (const today of daysBetween(shiftDay(SHIFT, 1), shiftDay(SHIFT, 35))) {
      for (const candidate of alertsOfSweep(today)) periods.add(`${candidate.groupKey}@${candidate.period}`);
    }
    expect([...periods]).toEqual([`cost:fleet@${SHIFT}`]);
  });

  it("announces a shift while it is under way and not once it is over", () => {
    expect(alertsOfSweep(shiftDay(SHIFT, 2)).map((c) => c.period)).toEqual([SHIFT]);
    expect(alertsOfSweep(shiftDay(SHIFT, 35))).toEqual([]);
  });

  it("reaches back a whole baseline, and announces what went on in the last three days", () => {
    expect(anomalyAlertWindow("2026-12-07", 28)).toEqual({
      from: "2026-11-09",
      to: "2026-12-06",
      activeFrom: "2026-12-04",
    });
  });
});
