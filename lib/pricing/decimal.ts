import Decimal from "decimal.js";

/**
 * Exact decimal arithmetic for money and quantities. A dedicated constructor so nothing else that
 * configures decimal.js globally can change our precision: 40 significant digits is far beyond any
 * price (Decimal(20,10)) times any quantity, so no intermediate result is ever rounded.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });
export type Dec = InstanceType<typeof Dec>;

export type DecimalInput = string | number | { toString(): string };

/** Accepts decimal.js and Prisma.Decimal values, numeric strings and safe integers. */
export function dec(value: DecimalInput): Dec {
  if (typeof value === "number" && !Number.isSafeInteger(value)) {
    // Binary floats are not exact: a price like 0.1 must arrive as a string.
    return new Dec(String(value));
  }
  return new Dec(typeof value === "number" ? value : value.toString());
}

export const ZERO = new Dec(0);

/** Fixed-point string for storage and JSON: never exponent notation. */
export function toPlain(value: Dec, decimalPlaces?: number): string {
  return decimalPlaces === undefined ? value.toFixed() : value.toFixed(decimalPlaces);
}

/** Money rounded to cents for display and reports, half-even as banks round. */
export function toCents(value: Dec): string {
  return value.toFixed(2);
}

export function sum(values: Dec[]): Dec {
  return values.reduce((total, value) => total.plus(value), ZERO);
}
