import { describe, expect, it } from "vitest";
import { Dec } from "../../pricing/decimal";
import { daysBetween } from "../day-window";
import { backtestForecasts } from "./backtest-forecasts";
import { type ComponentDayCost, DEFAULT_FORECAST_SETTINGS } from "./forecast-types";

const steady = (from: string, to: string, cost: string): ComponentDayCost[] =>
  daysBetween(from, to).map((day) => ({
    group: "fleet",
    category: "block",
    currency: "USD",
    proration: "hourly",
    day,
    cost: new Dec(cost),
  }));

describe("backtestForecasts", () => {
  it("judges only months the history holds whole, and a steady history's forecasts are exact", () => {
    const cases = backtestForecasts(steady("2026-09-08", "2026-11-30", "10"), {
      historyFrom: "2026-09-08",
      lastKnown: "2026-11-30",
      daysOfMonth: [10, 20],
      settings: DEFAULT_FORECAST_SETTINGS,
    });
    expect(cases.map((c) => `${c.madeOn} ${c.horizon} ${c.month}`)).toEqual([
      "2026-09-10 next-month 2026-10",
      "2026-09-20 next-month 2026-10",
      "2026-10-10 month-end 2026-10",
      "2026-10-10 next-month 2026-11",
      "2026-10-20 month-end 2026-10",
      "2026-10-20 next-month 2026-11",
      "2026-11-10 month-end 2026-11",
      "2026-11-20 month-end 2026-11",
    ]);
    for (const c of cases) {
      expect(c.absoluteError.isZero()).toBe(true);
      expect(c.covered).toBe(1);
    }
  });

  it("measures the error of a forecast that a later step makes wrong", () => {
    const rows = [...steady("2026-10-01", "2026-10-14", "10"), ...steady("2026-10-15", "2026-10-31", "20")];
    const [monthEnd] = backtestForecasts(rows, {
      historyFrom: "2026-10-01",
      lastKnown: "2026-10-31",
      daysOfMonth: [10],
      settings: DEFAULT_FORECAST_SETTINGS,
    });
    // Made on the 10th: 31 × 10 = 310 forecast; 14 × 10 + 17 × 20 = 480 happened.
    expect(monthEnd?.forecast.toFixed()).toBe("310");
    expect(monthEnd?.actual.toFixed()).toBe("480");
    expect(monthEnd?.absoluteError.toFixed()).toBe("170");
  });
});
