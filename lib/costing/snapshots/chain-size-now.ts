import { type Dec, ZERO } from "../../pricing/decimal";
import type { SnapshotChain, SnapshotChainLink } from "./build-snapshot-chains";
import { bytesAt, type SnapshotSize } from "./snapshot-stored-bytes";

/** How a snapshot's billed size was found, as the UI colours it. */
export type SizeBasis = "provider" | "cbt" | "estimated" | "unknown";

export function basisOf(size: SnapshotSize): SizeBasis {
  if (size.model === "provider" || size.model === "cbt") return size.model;
  return size.status === "unknown" ? "unknown" : "estimated";
}

export const isLiveAt = (link: SnapshotChainLink, ms: number) =>
  link.createdAtMs <= ms && (link.content.deletedAt === null || link.content.deletedAt.getTime() > ms);

export interface ChainSizeNow {
  /** Billed bytes of the live snapshots now; null when any of them is unknown. */
  billedBytes: Dec | null;
  /** The part that is known, when some sizes are not. */
  knownBytes: Dec;
  unknownSizes: number;
  /** Some billed bytes are modelled (change rate, used bytes, restoreSize), not reported. */
  estimated: boolean;
  liveSnapshots: number;
}

/**
 * What a chain's live snapshots hold now: each one's step of the billed-size timeline in force
 * (merges of deleted snapshots included). A content that duplicates another (the same cloud
 * snapshot imported twice) is billed once, to the other, so it adds nothing.
 */
export function chainSizeNow(
  chain: SnapshotChain,
  sizes: Map<string, SnapshotSize>,
  now: Date,
): ChainSizeNow {
  const ms = now.getTime();
  let known = ZERO;
  let unknown = 0;
  let estimated = false;
  const live = chain.links.filter((link) => isLiveAt(link, ms));
  for (const link of live) {
    if (link.duplicateOf) continue;
    const size = sizes.get(link.content.uid) as SnapshotSize;
    const step = size.timeline.filter((s) => s.fromMs <= ms).at(-1);
    const bytes = bytesAt(size, ms);
    if (bytes === null) unknown++;
    else known = known.plus(bytes);
    if (step?.estimated) estimated = true;
  }
  return {
    billedBytes: unknown > 0 ? null : known,
    knownBytes: known,
    unknownSizes: unknown,
    estimated,
    liveSnapshots: live.length,
  };
}

/** Bytes as an exact integer string for JSON. */
export const bytesString = (bytes: Dec | null) =>
  bytes === null ? null : bytes.toDecimalPlaces(0).toFixed();
