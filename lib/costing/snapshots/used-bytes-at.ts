import type { UsedBytesSample } from "./types";

/** How far back a used-bytes sample may be to stand for the volume at snapshot time. */
export const USED_BYTES_LOOKBACK_MS = 7 * 24 * 3_600_000;

export type UsedBytesLookup = (
  namespace: string,
  claim: string,
  atMs: number,
  notBeforeMs?: number,
) => UsedBytesSample | null;

/**
 * The latest sample of a claim at or before `atMs` and within 7 days of it (and not before
 * `notBeforeMs`: a sample from before the claim existed belongs to an older claim of the same
 * name). Several series of one claim at the same instant: the largest value, an upper bound.
 */
export function indexUsedBytes(samples: UsedBytesSample[]): UsedBytesLookup {
  const byClaim = new Map<string, UsedBytesSample[]>();
  for (const sample of samples) {
    const key = `${sample.namespace}/${sample.claim}`;
    byClaim.set(key, [...(byClaim.get(key) ?? []), sample]);
  }
  for (const list of byClaim.values()) {
    list.sort((a, b) => b.at.getTime() - a.at.getTime() || b.bytes - a.bytes);
  }
  return (namespace, claim, atMs, notBeforeMs = Number.NEGATIVE_INFINITY) => {
    const list = byClaim.get(`${namespace}/${claim}`) ?? [];
    const earliest = Math.max(atMs - USED_BYTES_LOOKBACK_MS, notBeforeMs);
    const hit = list.find((s) => s.at.getTime() <= atMs);
    return hit && hit.at.getTime() >= earliest ? hit : null;
  };
}
