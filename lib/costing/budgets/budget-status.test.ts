import { describe, expect, it } from "vitest";
import { Dec } from "../../pricing/decimal";
import { daysBetween } from "../day-window";
import { budgetStatus } from "./budget-status";

const base = {
  monthlyAmount: new Dec(3000),
  actualThreshold: new Dec("0.8"),
  forecastThreshold: new Dec(1),
  month: "2026-11",
};

describe("budgetStatus", () => {
  it("crosses the forecast threshold before the actual one, with a burn-down of the month", () => {
    const days = daysBetween("2026-11-01", "2026-11-09").map((day) => ({ day, cost: new Dec(110) }));
    const status = budgetStatus({
      ...base,
      days,
      monthToDate: new Dec(990),
      monthEnd: { expected: new Dec(3300), low: new Dec(3200), high: new Dec(3400) },
    });
    expect(status.spentRatio?.toFixed(2)).toBe("0.33");
    expect(status.forecastRatio?.toFixed(2)).toBe("1.10");
    expect(status.actualCrossed).toBe(false);
    expect(status.forecastCrossed).toBe(true);
    expect(status.burnDown).toHaveLength(30);
    expect(status.burnDown[8]?.remaining?.toFixed()).toBe("2010");
    expect(status.burnDown[8]?.forecastRemaining?.toFixed()).toBe("2010");
    expect(status.burnDown[9]?.remaining).toBeNull();
    expect(status.burnDown[29]?.forecastRemaining?.toFixed()).toBe("-300");
    expect(status.burnDown[29]?.evenRemaining.toFixed()).toBe("0");
  });

  it("crosses the actual threshold at 80 % spent", () => {
    const status = budgetStatus({
      ...base,
      days: [],
      monthToDate: new Dec(2400),
      monthEnd: { expected: new Dec(2900), low: new Dec(2800), high: new Dec(3000) },
    });
    expect(status.actualCrossed).toBe(true);
    expect(status.forecastCrossed).toBe(false);
  });

  it("has no forecast ratio when the spend is unpriced", () => {
    const status = budgetStatus({ ...base, days: [], monthToDate: new Dec(0), monthEnd: null });
    expect(status.forecastRatio).toBeNull();
    expect(status.forecastCrossed).toBe(false);
  });
});
