import { type Dec, dec } from "../decimal";

/** A provider's price response that cannot be read: the message names the item and the field. */
export class PriceResponseError extends Error {
  override name = "PriceResponseError";
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d{1,3})?$/;
// Prices are stored as Decimal(20,10): no list price of a disk, a GiB or a GPU-hour comes near 10^9.
const MAX_AMOUNT = dec("1e9");

/**
 * A price or quantity from a provider's response, exactly: a decimal string or a number, at least 0.
 * `null`, `"abc"`, a negative or an absurd amount is refused, naming `item` and `field`.
 */
export function readPriceAmount(value: unknown, item: string, field: string): Dec {
  if (value === null || value === undefined) throw new PriceResponseError(`${item}: ${field} is missing`);
  const text =
    typeof value === "number" && Number.isFinite(value)
      ? String(value)
      : typeof value === "string"
        ? value.trim()
        : "";
  if (text.length > 40 || !DECIMAL.test(text)) {
    const shown = JSON.stringify(value)?.slice(0, 40) ?? String(value);
    throw new PriceResponseError(`${item}: ${field}: ${shown} is not a number`);
  }
  const amount = dec(text);
  if (amount.isNegative()) {
    throw new PriceResponseError(`${item}: ${field}: ${text} is negative: a list price is never below 0`);
  }
  if (amount.greaterThan(MAX_AMOUNT)) {
    throw new PriceResponseError(`${item}: ${field}: ${text} is larger than any list price`);
  }
  return amount;
}
