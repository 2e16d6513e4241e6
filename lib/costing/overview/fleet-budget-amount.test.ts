import { describe, expect, it } from "vitest";
import { fleetBudgetAmount } from "./fleet-budget-amount";

const budget = (scopeKind: string, monthlyAmount: string, currency = "USD") => ({
  scopeKind,
  currency,
  monthlyAmount,
});

describe("fleetBudgetAmount", () => {
  it("takes the smallest of several fleet budgets, not their sum", () => {
    expect(fleetBudgetAmount([budget("fleet", "12000"), budget("fleet", "10000.5")], "USD")).toBe("10000.50");
  });

  it("compares amounts as decimals, not as text", () => {
    expect(fleetBudgetAmount([budget("fleet", "900"), budget("fleet", "10000")], "USD")).toBe("900.00");
  });

  it("leaves out team budgets and fleet budgets in another currency", () => {
    const budgets = [budget("team", "50"), budget("fleet", "100", "EUR"), budget("fleet", "5000")];
    expect(fleetBudgetAmount(budgets, "USD")).toBe("5000.00");
  });

  it("is null when there is no fleet budget in the currency", () => {
    expect(fleetBudgetAmount([budget("team", "50"), budget("fleet", "100", "EUR")], "USD")).toBeNull();
    expect(fleetBudgetAmount([], null)).toBeNull();
  });
});
