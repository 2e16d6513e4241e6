import { Prisma } from "../../db/generated/client";

// Kubernetes resource quantities, parsed exactly (k8s.io/apimachinery/pkg/api/resource):
//   <quantity> ::= <signedNumber><suffix>
//   <suffix>   ::= <binarySI> | <decimalExponent> | <decimalSI>
//   binarySI: Ki Mi Gi Ti Pi Ei; decimalSI: n u m "" k M G T P E; decimalExponent: e<int> | E<int>
// "1E" is an exabyte; "1E3" is a thousand: an E followed by digits is an exponent.

const BINARY: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]))?$/;

// Bounds checked on the text, before anything is expanded: "1e100000000" would otherwise become a
// hundred-million-digit number. Kubernetes itself keeps quantities within ±2^63 and nanounits, so
// a quantity longer than 64 characters or beyond 10^30 is no real request, size or count.
const MAX_TEXT_LENGTH = 64;
const MAX_DECIMAL_MAGNITUDE = 30;
const MIN_DECIMAL_MAGNITUDE = -30;

export class QuantityError extends Error {
  override name = "QuantityError";
}

/** log10 of the quantity's size, from its digits and suffix: known before the value is built. */
function magnitudeOf(number: string, exponent: string | undefined, suffix: string): number {
  const [whole = "", fraction = ""] = number.replace(/^[+-]/, "").split(".");
  const integerDigits = whole.replace(/^0+/, "").length;
  const leading = integerDigits > 0 ? integerDigits : -(fraction.match(/^0*/)?.[0].length ?? 0);
  if (exponent) return leading + Number(exponent.slice(1));
  const binary = BINARY[suffix];
  return leading + (binary !== undefined ? binary * Math.log10(2) : (DECIMAL[suffix] as number));
}

/** The exact value of a quantity string, as a Decimal ("250m" -> 0.25, "1.5Ti" -> 1649267441664). */
export function parseQuantity(text: string | number): Prisma.Decimal {
  if (typeof text === "number") {
    if (!Number.isFinite(text) || Math.abs(text) >= 10 ** MAX_DECIMAL_MAGNITUDE) {
      throw new QuantityError(`${text} is out of range for a quantity`);
    }
    return new Prisma.Decimal(text);
  }
  const trimmed = text.trim();
  if (trimmed.length > MAX_TEXT_LENGTH) {
    throw new QuantityError(`not a Kubernetes quantity: longer than ${MAX_TEXT_LENGTH} characters`);
  }
  const match = QUANTITY.exec(trimmed);
  if (!match) throw new QuantityError(`not a Kubernetes quantity: "${text}"`);
  const [, number, exponent, suffix = ""] = match as unknown as [string, string, string | undefined, string?];
  const value = new Prisma.Decimal(number);
  if (value.isZero()) return value;
  const magnitude = magnitudeOf(number, exponent, suffix);
  if (magnitude > MAX_DECIMAL_MAGNITUDE || magnitude < MIN_DECIMAL_MAGNITUDE) {
    throw new QuantityError(`"${text}" is out of range for a quantity`);
  }
  if (exponent) return value.times(new Prisma.Decimal(10).pow(Number(exponent.slice(1))));
  const binary = BINARY[suffix];
  if (binary !== undefined) return value.times(new Prisma.Decimal(2).pow(binary));
  return value.times(new Prisma.Decimal(10).pow(DECIMAL[suffix] as number));
}

/**
 * A byte quantity as whole bytes. Kubernetes rounds a fractional byte count up (Quantity.Value()),
 * so "1.5" is 2 bytes. Negative sizes are refused.
 */
export function parseByteQuantity(text: string | number): bigint {
  const value = parseQuantity(text);
  if (value.isNegative()) throw new QuantityError(`a size cannot be negative: "${text}"`);
  return BigInt(value.ceil().toFixed(0));
}
