import { createHash } from "node:crypto";

/**
 * Deterministic identifiers for the demo fleet. Every id is a hash of a stable name (never of the
 * clock), so the same object keeps the same id whatever `now` the fleet is generated for, and
 * reloading the demo replaces rows instead of duplicating them.
 */
const NAMESPACE = "tierscope-demo";

function digest(parts: readonly string[]): string {
  return createHash("sha256")
    .update([NAMESPACE, ...parts].join("\u0000"))
    .digest("hex");
}

/**
 * A UUID derived from `parts`, shaped like an RFC 9562 name-based UUID: version nibble 5 and the
 * 10xx variant bits, so every UUID parser (and PostgreSQL's uuid type) accepts it.
 */
export function demoUuid(...parts: string[]): string {
  const hex = digest(parts);
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join("-");
}

/** `length` lowercase hex characters derived from `parts` (cloud resource ids, handles). */
export function stableHex(length: number, ...parts: string[]): string {
  let out = "";
  for (let round = 0; out.length < length; round++) out += digest([...parts, String(round)]);
  return out.slice(0, length);
}

const K8S_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

/** A suffix in the alphabet Kubernetes uses for generated names (ReplicaSet pods, generateName). */
export function stableK8sSuffix(length: number, ...parts: string[]): string {
  const hex = stableHex(length * 2, ...parts);
  let out = "";
  for (let i = 0; i < length; i++) {
    out += K8S_ALPHABET.charAt(Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16) % K8S_ALPHABET.length);
  }
  return out;
}
