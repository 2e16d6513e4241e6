import { Dec } from "../../pricing/decimal";

/** The middle value (mean of the two middle ones for an even count); null for no values. */
export function median(values: readonly Dec[]): Dec | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as Dec)
    : (sorted[mid - 1] as Dec).plus(sorted[mid] as Dec).div(2);
}

/**
 * Median absolute deviation from the median, scaled by 1.4826 so it estimates the standard
 * deviation of normally distributed values while ignoring up to half of them being outliers.
 */
export function scaledMad(values: readonly Dec[]): Dec | null {
  const centre = median(values);
  if (centre === null) return null;
  return (median(values.map((v) => v.minus(centre).abs())) as Dec).times("1.4826");
}

/** Root mean square of `values` around `centre`: 0 for no values. */
export function rmsAround(values: readonly Dec[], centre: Dec): Dec {
  if (values.length === 0) return new Dec(0);
  return values
    .reduce((sum, v) => sum.plus(v.minus(centre).pow(2)), new Dec(0))
    .div(values.length)
    .sqrt();
}
