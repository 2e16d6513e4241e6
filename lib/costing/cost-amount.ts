import { formatMoney } from "../format-money";
import { dec } from "../pricing/decimal";

// How a cost figure reads wherever it is shown (pages, CLI, CSV, PDF, digest). Unpriced costs add
// nothing to a sum, so a group whose every cost lacks a price sums to 0: shown as "$0.00" that reads
// as "free". It is not: it is unknown, and says how much is unknown.

/** priced: every resource-day has a price; partial: some do not; unpriced: none has a known cost. */
export type PriceCoverage = "priced" | "partial" | "unpriced";

export interface CostAmount {
  /** The sum of the known costs (exact decimal string). */
  total: string;
  /** Resource-days with a component that has no known price. */
  unpricedResourceDays: number;
}

/**
 * Wholly unpriced: some resource-day lacks a price and nothing priced adds to the sum. Partial: the
 * sum is real but leaves out the unpriced resource-days.
 */
export function priceCoverage(figure: CostAmount): PriceCoverage {
  if (figure.unpricedResourceDays === 0) return "priced";
  return dec(figure.total).isZero() ? "unpriced" : "partial";
}

/** "1 resource-day", "12 resource-days". */
export const resourceDays = (days: number) => `${days} resource-day${days === 1 ? "" : "s"}`;

/** "unpriced (12 resource-days)": what has no price is counted, never shown as $0. */
export function unpricedResourceDaysText(days: number): string {
  return `unpriced (${resourceDays(days)})`;
}

/** "$1,204.50", "$1,204.50 (partial: 3 resource-days unpriced)" or "unpriced (3 resource-days)". */
export function formatCostAmount(figure: CostAmount, currency: string): string {
  switch (priceCoverage(figure)) {
    case "priced":
      return formatMoney(figure.total, currency);
    case "partial":
      return `${formatMoney(figure.total, currency)} (partial: ${resourceDays(figure.unpricedResourceDays)} unpriced)`;
    case "unpriced":
      return unpricedResourceDaysText(figure.unpricedResourceDays);
  }
}
