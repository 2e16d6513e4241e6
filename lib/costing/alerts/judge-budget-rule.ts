import { formatMoney } from "../../format-money";
import { dec } from "../../pricing/decimal";
import type { AlertCandidate } from "./alert-candidate";

/** A budget as the budgets service reports it this month (amounts are exact decimal strings). */
export interface BudgetStanding {
  id: string;
  name: string;
  monthlyAmount: string;
  currency: string;
  month: string;
  monthToDate: string;
  monthEnd: { expected: string } | null;
}

const percent = (ratio: ReturnType<typeof dec>) => `${ratio.times(100).toDecimalPlaces(0).toString()} %`;

/**
 * Budgets whose month-to-date spend (measure "actual") or month-end forecast ("forecast") reached
 * `threshold` × the amount: one candidate per budget and month. A budget with no forecast yet
 * (no spend this month) cannot cross a forecast threshold.
 */
export function judgeBudgetRule(input: {
  measure: "actual" | "forecast";
  threshold: string;
  budgetId: string | null;
  budgets: readonly BudgetStanding[];
}): AlertCandidate[] {
  const threshold = dec(input.threshold);
  const found: AlertCandidate[] = [];
  for (const budget of input.budgets) {
    if (input.budgetId !== null && budget.id !== input.budgetId) continue;
    const figure = input.measure === "actual" ? budget.monthToDate : budget.monthEnd?.expected;
    if (figure === undefined) continue;
    const amount = dec(budget.monthlyAmount);
    const ratio = dec(figure).div(amount);
    if (ratio.lt(threshold)) continue;
    const what = input.measure === "actual" ? "Spent" : "Forecast for the month";
    found.push({
      groupKey: `budget:${budget.id}`,
      period: budget.month,
      title: `Budget ${budget.name}: ${input.measure === "actual" ? "spend" : "forecast"} at ${percent(ratio)} of ${formatMoney(budget.monthlyAmount, budget.currency)}`,
      detail: `${what} ${budget.month}: ${formatMoney(figure, budget.currency)} of ${formatMoney(budget.monthlyAmount, budget.currency)} (threshold ${percent(threshold)}).`,
      link: "/budgets",
      amount: figure,
      currency: budget.currency,
    });
  }
  return found;
}
