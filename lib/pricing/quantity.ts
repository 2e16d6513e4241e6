import { Dec } from "./decimal";

const SUFFIX: Record<string, Dec> = {
  "": new Dec(1),
  Ki: new Dec(2).pow(10),
  Mi: new Dec(2).pow(20),
  Gi: new Dec(2).pow(30),
  Ti: new Dec(2).pow(40),
  Pi: new Dec(2).pow(50),
  Ei: new Dec(2).pow(60),
  k: new Dec(10).pow(3),
  M: new Dec(10).pow(6),
  G: new Dec(10).pow(9),
  T: new Dec(10).pow(12),
  P: new Dec(10).pow(15),
  E: new Dec(10).pow(18),
};

/** A Kubernetes quantity ("500Gi", "1.5Ti", "100G", "1e9") as an exact decimal, or null if malformed. */
export function parseQuantity(text: string): Dec | null {
  const match = /^\s*([+]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?\s*$/.exec(
    text,
  );
  if (!match) return null;
  return new Dec(match[1] as string).times(SUFFIX[match[2] ?? ""] as Dec);
}

/** A quantity of bytes, rounded up to a whole byte as Kubernetes rounds storage. */
export function parseBytes(text: string): bigint | null {
  const value = parseQuantity(text);
  return value === null ? null : BigInt(value.ceil().toFixed(0));
}
