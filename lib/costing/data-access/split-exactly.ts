import { Dec, ZERO } from "../../pricing/decimal";

/**
 * Splits `total` in proportion to `weights` (all ≥ 0, not all 0), each part rounded half-even to
 * `places` decimals and the last part taking what rounding left, so the parts add up to `total`
 * exactly at that scale: the reconciliation invariant (sum of allocations = cost) holds as stored.
 */
export function splitExactly(total: Dec, weights: readonly Dec[], places: number): Dec[] {
  const sum = weights.reduce((a, b) => a.plus(b), ZERO);
  if (weights.length === 0 || sum.isZero()) throw new Error("a split needs a positive weight");
  const rounded = total.toDecimalPlaces(places, Dec.ROUND_HALF_EVEN);
  const parts = weights.map((w) => rounded.times(w).div(sum).toDecimalPlaces(places, Dec.ROUND_HALF_EVEN));
  const lastIndex = weights.findLastIndex((w) => !w.isZero());
  const others = parts.reduce((a, p, i) => (i === lastIndex ? a : a.plus(p)), ZERO);
  parts[lastIndex] = rounded.minus(others);
  return parts;
}
