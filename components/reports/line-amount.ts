import { Dec } from "@/lib/pricing/decimal";

/**
 * A report line's amount as shown: a line whose only costs have no known price reads "unpriced"
 * in every amount column (its unpriced resource-days are linked beside its name), never $0.00.
 */
export function lineAmount(
  money: (cents: string) => string,
  amount: string,
  line: { total: { cents: string }; unpricedResourceDays: number },
): string {
  return line.unpricedResourceDays > 0 && new Dec(line.total.cents).isZero() ? "unpriced" : money(amount);
}
