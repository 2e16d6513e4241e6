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

/**
 * Money and quantities computed on the fly (run-rates, savings, GPU-hours) are exact, but exact is
 * not short: bytes ÷ 2^30 has up to 30 decimals ("486.4000000013969838619232177734375" for a volume
 * 15 bytes over 4,864 GiB) and a ÷ 3 never ends. Every string that leaves for JSON, the CLI or a
 * digest is therefore cut to the scale the database keeps: money to 10 places (costs are
 * Decimal(20,10)), quantities to 6 (Decimal(24,6)). Far below a cent, so no total moves.
 */
export const MONEY_DECIMAL_PLACES = 10;
export const QUANTITY_DECIMAL_PLACES = 6;

/** A computed amount at the database's money scale (10 places), half-even. */
export function roundMoney(value: Dec): Dec {
  return value.toDecimalPlaces(MONEY_DECIMAL_PLACES);
}

/** Money as a plain string at the database's scale: what JSON carries. */
export function moneyString(value: Dec): string {
  return roundMoney(value).toFixed();
}

/** A quantity (GPU-hours, GiB) as a plain string at the database's quantity scale (6 places). */
export function quantityString(value: Dec): string {
  return value.toDecimalPlaces(QUANTITY_DECIMAL_PLACES).toFixed();
}

/**
 * The one rounding rule for money shown to people: from the exact decimal, half-up (half a cent
 * goes up), as the chargeback report's totals round (allocateCents). Showback, the pages, the CLI,
 * CSVs and digests all round through here, so no view differs from another by a cent.
 */
export function roundForDisplay(value: Dec, fractionDigits = 2): string {
  return value.toDecimalPlaces(fractionDigits, Decimal.ROUND_HALF_UP).toFixed(fractionDigits);
}

/** Money rounded to cents for display and CSVs (roundForDisplay). */
export function toCents(value: Dec): string {
  return roundForDisplay(value, 2);
}

export function sum(values: Dec[]): Dec {
  return values.reduce((total, value) => total.plus(value), ZERO);
}
