import type { Budget } from "../../db/generated/client";

/** A budget as the API and CLI show it: money and shares as exact decimal strings. */
export function budgetJson(budget: Budget) {
  return {
    id: budget.id,
    name: budget.name,
    scopeKind: budget.scopeKind,
    scopeKey: budget.scopeKey,
    monthlyAmount: budget.monthlyAmount.toFixed(),
    currency: budget.currency,
    actualThreshold: budget.actualThreshold.toFixed(),
    forecastThreshold: budget.forecastThreshold.toFixed(),
    updatedAt: budget.updatedAt.toISOString(),
  };
}

export type BudgetJson = ReturnType<typeof budgetJson>;
