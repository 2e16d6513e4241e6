import { type DecimalInput, dec } from "../../pricing/decimal";

/**
 * The one fleet budget the Overview sets the month-end forecast against: the smallest fleet-wide
 * budget in the display currency (a fleet may carry several, a warning one and a hard one, and
 * their sum is no budget at all), as money text; null when there is none.
 */
export function fleetBudgetAmount(
  budgets: readonly { scopeKind: string; currency: string; monthlyAmount: DecimalInput }[],
  currency: string | null,
): string | null {
  const amounts = budgets
    .filter((b) => b.scopeKind === "fleet" && b.currency === currency)
    .map((b) => dec(b.monthlyAmount));
  if (amounts.length === 0) return null;
  return amounts.reduce((min, a) => (a.lt(min) ? a : min)).toFixed(2);
}
