import { describe, expect, it } from "vitest";
import { Dec } from "../../pricing/decimal";
import type { IsoDay } from "../../pricing/types";
import { daysBetween } from "../day-window";
import { forecastGroups } from "./forecast-groups";
import { type ComponentDayCost, DEFAULT_FORECAST_SETTINGS } from "./forecast-types";
import type { Proration } from "./month-rate";

const HISTORY_FROM = "2026-10-01";

function series(
  from: IsoDay,
  to: IsoDay,
  cost: (day: IsoDay, index: number) => Dec | null | undefined,
  options: { group?: string; category?: string; proration?: Proration } = {},
): ComponentDayCost[] {
  return daysBetween(from, to).flatMap((day, index) => {
    const value = cost(day, index);
    if (value === undefined) return [];
    return [
      {
        group: options.group ?? "team-a",
        category: options.category ?? "block",
        currency: "USD",
        proration: options.proration ?? "hourly",
        day,
        cost: value,
      },
    ];
  });
}

const forecast = (rows: ComponentDayCost[], madeOn: IsoDay) =>
  forecastGroups(rows, { madeOn, historyFrom: HISTORY_FROM, settings: DEFAULT_FORECAST_SETTINGS });

const only = (rows: ComponentDayCost[], madeOn: IsoDay) => {
  const [group, ...rest] = forecast(rows, madeOn);
  expect(rest).toHaveLength(0);
  if (!group) throw new Error("no forecast");
  return group;
};

describe("forecastGroups", () => {
  it("carries a steady resource forward at its daily cost, with no spread", () => {
    const group = only(
      series(HISTORY_FROM, "2026-11-09", () => new Dec(10)),
      "2026-11-10",
    );
    expect(group.monthToDate.toFixed()).toBe("90");
    expect(group.monthEnd.expected.toFixed()).toBe("300");
    expect(group.monthEnd.low.toFixed()).toBe("300");
    expect(group.monthEnd.high.toFixed()).toBe("300");
    expect(group.nextMonth.expected.toFixed()).toBe("310");
    expect(group.trendPerDay.isZero()).toBe(true);
  });

  it("extrapolates a snapshot chain that grows by one snapshot a day", () => {
    // Day n since 30 September costs 0.5 n: November is sum 0.5 (31 + d), d = 1..30 = 697.5, and
    // December sum 0.5 (61 + d), d = 1..31 = 1,193.5.
    const rows = series(HISTORY_FROM, "2026-11-09", (_, i) => new Dec(i + 1).times("0.5"), {
      category: "snapshot",
    });
    const group = only(rows, "2026-11-10");
    expect(group.monthEnd.expected.toFixed()).toBe("697.5");
    expect(group.nextMonth.expected.toFixed()).toBe("1193.5");
    expect(group.trendPerDay.toFixed()).toBe("0.5");
  });

  it("forecasts a volume deleted mid-month at what is left, without reading the deletion as a trend", () => {
    // Two volumes at 10 a day; one is deleted from 5 November on: 4 × 20 + 5 × 10 spent, 21 × 10 to come.
    const rows = series(HISTORY_FROM, "2026-11-09", (day) => new Dec(day < "2026-11-05" ? 20 : 10));
    const group = only(rows, "2026-11-10");
    expect(group.monthToDate.toFixed()).toBe("130");
    expect(group.monthEnd.expected.toFixed()).toBe("340");
    expect(group.nextMonth.expected.toFixed()).toBe("310");
    expect(group.trendPerDay.isZero()).toBe(true);
  });

  it("forecasts only what was spent for a component whose last volume was deleted", () => {
    const rows = series(HISTORY_FROM, "2026-11-09", (day) => (day < "2026-11-05" ? new Dec(10) : undefined));
    const group = only(rows, "2026-11-10");
    expect(group.monthEnd.expected.toFixed()).toBe("40");
    expect(group.nextMonth.expected.toFixed()).toBe("0");
  });

  it("keeps a calendar-prorated monthly price at its price across a 31-day and a 30-day month", () => {
    // $300 a month billed over the calendar month: 300/31 a day in October, 10 a day in November.
    const rows = series(HISTORY_FROM, "2026-11-09", (day) => new Dec(300).div(day < "2026-11-01" ? 31 : 30), {
      proration: "calendar",
    });
    const group = only(rows, "2026-11-10");
    expect(group.monthEnd.expected.toFixed(8)).toBe("300.00000000");
    expect(group.nextMonth.expected.toFixed(8)).toBe("300.00000000");
    expect(group.trendPerDay.abs().lt("1e-20")).toBe(true);
  });

  it("forecasts the whole month from the first day, and the month boundary's step is no trend", () => {
    const rows = series(HISTORY_FROM, "2026-11-30", (day) => new Dec(300).div(day < "2026-11-01" ? 31 : 30), {
      proration: "calendar",
    });
    const group = only(rows, "2026-12-01");
    expect(group.monthToDate.toFixed()).toBe("0");
    expect(group.monthEnd.expected.toFixed(8)).toBe("300.00000000");
    expect(group.nextMonth.expected.toFixed(8)).toBe("300.00000000");
  });

  it("on the last day of a month, the month end is what is known plus that one day", () => {
    const group = only(
      series(HISTORY_FROM, "2026-11-29", () => new Dec(10)),
      "2026-11-30",
    );
    expect(group.monthToDate.toFixed()).toBe("290");
    expect(group.monthEnd.expected.toFixed()).toBe("300");
    expect(group.nextMonth.expected.toFixed()).toBe("310");
  });

  it("puts a noisy history in an interval that holds the expected value and never drops below the month to date", () => {
    const noise = [0, 3, -2, 4, -1, 2, -3, 1, 0, 2, -2, 3, -1, 1];
    const rows = series(
      HISTORY_FROM,
      "2026-11-09",
      (_, i) => new Dec(50 + (noise[i % noise.length] as number)),
    );
    const group = only(rows, "2026-11-10");
    expect(group.monthEnd.low.lt(group.monthEnd.expected)).toBe(true);
    expect(group.monthEnd.high.gt(group.monthEnd.expected)).toBe(true);
    expect(group.monthEnd.low.gte(group.monthToDate)).toBe(true);
    // Next month is further away: a wider interval.
    expect(
      group.nextMonth.high.minus(group.nextMonth.low).gt(group.monthEnd.high.minus(group.monthEnd.low)),
    ).toBe(true);
  });

  it("sums a group's categories and keeps groups and currencies apart", () => {
    const rows = [
      ...series(HISTORY_FROM, "2026-11-09", () => new Dec(10)),
      ...series(HISTORY_FROM, "2026-11-09", () => new Dec(2), { category: "snapshot" }),
      ...series(HISTORY_FROM, "2026-11-09", () => new Dec(1), { group: "team-b" }),
    ];
    const groups = forecast(rows, "2026-11-10");
    const teamA = groups.find((g) => g.group === "team-a");
    expect(teamA?.monthEnd.expected.toFixed()).toBe("360");
    expect(teamA?.categories.map((c) => [c.category, c.monthEnd.toFixed()])).toEqual([
      ["block", "300"],
      ["snapshot", "60"],
    ]);
    expect(groups.find((g) => g.group === "team-b")?.monthEnd.expected.toFixed()).toBe("30");
  });

  it("calls a group with nothing priced unpriced, not $0", () => {
    const group = only(
      series(HISTORY_FROM, "2026-11-09", () => null),
      "2026-11-10",
    );
    expect(group.unpriced).toBe(true);
    expect(group.categories[0]?.category).toBe("block");
  });

  it("stops a shrinking trend at zero instead of forecasting negative spend", () => {
    const rows = series(HISTORY_FROM, "2026-11-09", (_, i) => Dec.max(0, new Dec(40).minus(i)));
    const group = only(rows, "2026-11-10");
    expect(group.nextMonth.expected.toFixed()).toBe("0");
    expect(group.monthEnd.expected.gte(group.monthToDate)).toBe(true);
  });
});
