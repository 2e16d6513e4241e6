import { Prisma } from "../../db/generated/client";

// Kubernetes resource quantities, parsed exactly (k8s.io/apimachinery/pkg/api/resource):
//   <quantity> ::= <signedNumber><suffix>
//   <suffix>   ::= <binarySI> | <decimalExponent> | <decimalSI>
//   binarySI: Ki Mi Gi Ti Pi Ei; decimalSI: n u m "" k M G T P E; decimalExponent: e<int> | E<int>
// "1E" is an exabyte; "1E3" is a thousand: an E followed by digits is an exponent.

const BINARY: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]))?$/;

export class QuantityError extends Error {
  override name = "QuantityError";
}

/** The exact value of a quantity string, as a Decimal ("250m" -> 0.25, "1.5Ti" -> 1649267441664). */
export function parseQuantity(text: string | number): Prisma.Decimal {
  if (typeof text === "number") {
    if (!Number.isFinite(text)) throw new QuantityError(`not a quantity: ${text}`);
    return new Prisma.Decimal(text);
  }
  const match = QUANTITY.exec(text.trim());
  if (!match) throw new QuantityError(`not a Kubernetes quantity: "${text}"`);
  const [, number, exponent, suffix = ""] = match as unknown as [string, string, string | undefined, string?];
  const value = new Prisma.Decimal(number);
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
