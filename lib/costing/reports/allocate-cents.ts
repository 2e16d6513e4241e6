import { Dec, sum, toCents } from "../../pricing/decimal";

/**
 * Rounds exact amounts to cents so that the rounded parts add up exactly to the rounded total
 * (largest remainder, Hamilton's method): each amount is first cut down to its cent, then the cents
 * still missing from the rounded total go, one each, to the amounts that lost the most in the cut
 * (ties: the earlier amount). Rounding each part on its own could leave the parts a cent or more
 * away from the total, and a chargeback whose lines do not add up cannot be defended.
 * The total is rounded half-up to the cent, as invoices are.
 */
export function allocateCents(amounts: Dec[]): Dec[] {
  if (amounts.length === 0) return [];
  const target = new Dec(toCents(sum(amounts)));
  const floors = amounts.map((a) => a.toDecimalPlaces(2, Dec.ROUND_FLOOR));
  const missing = target.minus(sum(floors)).times(100).toNumber();
  const order = amounts
    .map((amount, index) => ({ index, remainder: amount.minus(floors[index] as Dec) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const result = [...floors];
  for (let i = 0; i < missing; i++) {
    const { index } = order[i % order.length] as { index: number };
    result[index] = (result[index] as Dec).plus("0.01");
  }
  return result;
}
