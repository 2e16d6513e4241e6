import { describe, expect, it } from "vitest";
import { Dec } from "../../pricing/decimal";
import type { IsoDay } from "../../pricing/types";
import { daysBetween } from "../day-window";
import type { ComponentDayCost } from "../forecast/forecast-types";
import type { Proration } from "../forecast/month-rate";
import { DEFAULT_ANOMALY_SETTINGS } from "./anomaly-settings";
import { detectAnomalies, type OwnershipDay } from "./detect-anomalies";

const HISTORY_FROM = "2026-10-01";
const JUDGED = daysBetween("2026-10-15", "2026-11-20");

function costs(
  cost: (day: IsoDay, index: number) => Dec,
  options: { category?: string; proration?: Proration } = {},
): ComponentDayCost[] {
  return daysBetween(HISTORY_FROM, "2026-11-20").map((day, index) => ({
    group: "team-a",
    category: options.category ?? "block",
    currency: "USD",
    proration: options.proration ?? "hourly",
    day,
    cost: cost(day, index),
  }));
}

const detect = (
  input: { costs?: ComponentDayCost[]; ownership?: OwnershipDay[] },
  settings = DEFAULT_ANOMALY_SETTINGS,
) =>
  detectAnomalies({
    costs: input.costs ?? [],
    ownership: input.ownership ?? [],
    unpriced: [],
    days: JUDGED,
    historyFrom: HISTORY_FROM,
    settings,
  });

const noise = [0, 1.5, -1, 2, -0.5, 1, -1.5, 0.5, 0, 1, -1, 1.5, -0.5, 0.5];
const noisy = (base: number) => (_: IsoDay, i: number) => new Dec(base + (noise[i % noise.length] as number));

describe("detectAnomalies", () => {
  it("flags a one-day spike, on its day, with what was expected", () => {
    const rows = costs((day, i) => (day === "2026-11-03" ? new Dec(160) : noisy(100)(day, i)));
    const [spike, ...rest] = detect({ costs: rows });
    expect(rest).toEqual([]);
    expect(spike?.kind).toBe("cost");
    expect(spike?.day).toBe("2026-11-03");
    expect(spike?.lastDay).toBe("2026-11-03");
    expect(spike?.expected.toNumber()).toBeCloseTo(100.25, 1);
    expect(spike?.deviation.isPos()).toBe(true);
  });

  it("does not flag a steady series, nor ordinary noise", () => {
    expect(detect({ costs: costs(() => new Dec(100)) })).toEqual([]);
    expect(detect({ costs: costs(noisy(100)) })).toEqual([]);
  });

  it("does not read a calendar-prorated month boundary as a step, however tight the bar", () => {
    const rows = costs((day) => new Dec(3000).div(day < "2026-11-01" ? 31 : 30), { proration: "calendar" });
    const tight = { ...DEFAULT_ANOMALY_SETTINGS, minRelativeChange: 0, minAmount: 0.0001 };
    expect(detect({ costs: rows }, tight)).toEqual([]);
  });

  it("reports a level that stays changed once, until the baseline has taken it in", () => {
    const rows = costs((day) => new Dec(day >= "2026-11-05" ? 150 : 100));
    const anomalies = detect({ costs: rows });
    // On 19 November half the 28 baseline days are at 150: median 125, scaled MAD 25 × 1.4826 ≈ 37, so
    // the bar is 3.5 × 37 ≈ 130 and a deviation of 25 is within it.
    expect(anomalies.map((a) => [a.kind, a.day, a.lastDay])).toEqual([["cost", "2026-11-05", "2026-11-18"]]);
  });

  it("finds a drop as well as a rise in cost", () => {
    const rows = costs((day, i) => (day === "2026-11-10" ? new Dec(40) : noisy(100)(day, i)));
    expect(detect({ costs: rows }).map((a) => [a.day, a.deviation.isNeg()])).toEqual([["2026-11-10", true]]);
  });

  it("finds a snapshot chain that starts growing faster than it has been", () => {
    // One snapshot (+1/day) a day, then from 12 November ten a day.
    let cost = new Dec(0);
    const rows = costs(
      (day) => {
        cost = cost.plus(day >= "2026-11-12" ? 10 : 1);
        return cost;
      },
      { category: "snapshot" },
    );
    const growth = detect({ costs: rows }).filter((a) => a.kind === "snapshot-growth");
    expect(growth.map((a) => a.day)).toEqual(["2026-11-12"]);
  });

  it("finds a surge of released volumes and of spend with no owner in a cluster", () => {
    const ownership = daysBetween(HISTORY_FROM, "2026-11-20").map((day, i) => ({
      cluster: "eks-prod",
      currency: "USD",
      day,
      unallocatedVolumes: day === "2026-11-08" ? 40 : 10 + (i % 2),
      noOwnerCost: new Dec(day === "2026-11-08" ? 90 : 30),
    }));
    const found = detect({ ownership }).map((a) => [a.kind, a.group, a.day]);
    expect(found).toContainEqual(["released-volumes", "eks-prod", "2026-11-08"]);
    expect(found).toContainEqual(["no-owner", "eks-prod", "2026-11-08"]);
  });

  it("finds newly unpriced resources but not a constant number of them", () => {
    const unpriced = daysBetween(HISTORY_FROM, "2026-11-20").map((day) => ({
      group: "team-a",
      currency: "USD",
      day,
      unpricedResourceDays: day >= "2026-11-15" ? 12 : 3,
    }));
    const anomalies = detectAnomalies({
      costs: [],
      ownership: [],
      unpriced,
      days: JUDGED,
      historyFrom: HISTORY_FROM,
      settings: DEFAULT_ANOMALY_SETTINGS,
    });
    expect(anomalies.map((a) => [a.kind, a.day, a.currency])).toEqual([["unpriced", "2026-11-15", null]]);
  });

  it("does not call one more released volume a surge", () => {
    const ownership = daysBetween(HISTORY_FROM, "2026-11-20").map((day) => ({
      cluster: "eks-prod",
      currency: "USD",
      day,
      unallocatedVolumes: day >= "2026-11-08" ? 4 : 3,
      noOwnerCost: new Dec(30),
    }));
    expect(detect({ ownership })).toEqual([]);
  });

  it("does not judge days with less baseline than the minimum", () => {
    const rows = costs((day) => new Dec(day === "2026-10-04" ? 500 : 100));
    const early = detectAnomalies({
      costs: rows,
      ownership: [],
      unpriced: [],
      days: daysBetween(HISTORY_FROM, "2026-10-10"),
      historyFrom: HISTORY_FROM,
      settings: DEFAULT_ANOMALY_SETTINGS,
    });
    expect(early).toEqual([]);
  });
});
