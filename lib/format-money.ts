import { dec, roundForDisplay } from "./pricing/decimal";

// Money for display: amounts arrive as exact decimal strings and are only rounded here, at the edge,
// by the one rule (roundForDisplay: half-up from the exact decimal). Intl formats the rounded
// decimal string as it is: a Number() here would round 1.005 (1.00499… as a double) to $1.00 while
// the chargeback report, rounding the decimal, says $1.01.

const formats = new Map<string, Intl.NumberFormat>();

/** "1264.96", "USD" → "$1,264.96"; an unknown currency code falls back to "1,264.96 XYZ". */
export function formatMoney(amount: string, currency: string, fractionDigits = 2): string {
  const key = `${currency}:${fractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat("en-US", {
        style: "currency",
        currency,
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      });
    } catch {
      format = new Intl.NumberFormat("en-US", {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      });
      formats.set(key, format);
      return `${format.format(rounded(amount, fractionDigits))} ${currency}`;
    }
    formats.set(key, format);
  }
  return format.format(rounded(amount, fractionDigits));
}

/** The amount rounded by the one rule, as a decimal string Intl formats exactly (StringNumericLiteral). */
function rounded(amount: string, fractionDigits: number): Intl.StringNumericLiteral {
  return roundForDisplay(dec(amount), fractionDigits) as Intl.StringNumericLiteral;
}

/** A saving that may be negative, in words: "saves $6.00", "spends $927.36" (never "saves -$927.36"). */
export function formatSavings(amount: string, currency: string): string {
  const negative = amount.startsWith("-");
  return `${negative ? "spends" : "saves"} ${formatMoney(negative ? amount.slice(1) : amount, currency)}`;
}

/** A unit price exactly as the catalog states it: "0.000055 USD". Never rounded. */
export function formatUnitPrice(amount: string, currency: string): string {
  return `${amount} ${currency}`;
}
