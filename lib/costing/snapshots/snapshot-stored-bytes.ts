import { Dec } from "../../pricing/decimal";
import { MS_PER_DAY } from "../day-window";
import type { SnapshotChain, SnapshotChainLink } from "./build-snapshot-chains";
import { type ChangeRateSettings, changeRateFor } from "./change-rate";
import type { UsedBytesLookup } from "./used-bytes-at";

const GIB = new Dec(2).pow(30);

/**
 * How a snapshot's billed size was found, best first: reported by the provider, or by CSI
 * changed-block tracking; else modelled: a full copy of the used bytes (first snapshot, archive),
 * restoreSize as an upper bound when used bytes are unknown, or the change-rate model for deltas.
 */
export type SizeModel = "provider" | "cbt" | "used-bytes" | "restore-size" | "change-rate" | "unknown";

export interface StoredBytesStep {
  /** From this moment on (ms) the snapshot holds `bytes`; null: unknown. */
  fromMs: number;
  bytes: Dec | null;
  estimated: boolean;
  /** Deleted snapshots whose unique blocks this one holds from then on. */
  mergedFrom: string[];
}

export interface SnapshotSize {
  uid: string;
  tier: "standard" | "archive";
  model: SizeModel;
  /** priced: the size is reported; estimated: modelled; unknown: nothing to size it with. */
  status: "priced" | "estimated" | "unknown";
  /** The size a full copy has: the source's used bytes at snapshot time, else restoreSize. */
  fullBytes: Dec | null;
  sourceUsedBytes: bigint | null;
  sourceUsedBytesAt: string | null;
  restoreSizeBytes: bigint | null;
  changeRate: string | null;
  changeRateSource: string | null;
  previousUid: string | null;
  daysSincePrevious: string | null;
  reason: string | null;
  /** Billed bytes over time: the first step starts at creation, later ones at merges. */
  timeline: StoredBytesStep[];
}

export interface StoredBytesOptions {
  usedBytes: UsedBytesLookup;
  changeRates: ChangeRateSettings;
}

const gib = (bytes: Dec | bigint) => `${new Dec(bytes.toString()).div(GIB).toDecimalPlaces(3).toFixed()} GiB`;
const isArchive = (link: SnapshotChainLink) => link.content.storageTier === "archive";
const aliveAt = (link: SnapshotChainLink, ms: number) =>
  link.createdAtMs <= ms && (link.content.deletedAt === null || link.content.deletedAt.getTime() > ms);

/** Stored bytes at a moment (the step in force then); null before creation or when unknown. */
export function bytesAt(size: SnapshotSize, ms: number): Dec | null {
  const steps = size.timeline.filter((s) => s.fromMs <= ms);
  return steps.at(-1)?.bytes ?? null;
}

/** The standard-tier snapshot a delta is counted from: the CBT base, else the last one alive then. */
function previousOf(chain: SnapshotChain, link: SnapshotChainLink): SnapshotChainLink | null {
  if (link.baseUid) return chain.links.find((l) => l.content.uid === link.baseUid) ?? null;
  const earlier = chain.links.filter(
    (l) => l.position < link.position && !isArchive(l) && !l.duplicateOf && aliveAt(l, link.createdAtMs),
  );
  return earlier.at(-1) ?? null;
}

function sizeOf(chain: SnapshotChain, link: SnapshotChainLink, options: StoredBytesOptions): SnapshotSize {
  const { content } = link;
  const claim = chain.claim;
  const sample = claim
    ? options.usedBytes(claim.namespace, claim.name, link.createdAtMs, claim.createdAt.getTime())
    : null;
  const used = sample ? new Dec(sample.bytes) : null;
  const restore = content.restoreSizeBytes === null ? null : new Dec(content.restoreSizeBytes.toString());
  // restoreSize is the source volume's size (CSI Snapshot.size_bytes): only an upper bound, used
  // when the used bytes are unknown, never when they are known.
  const full = used ?? restore;
  const fullLabel = used
    ? `the source's used bytes (${gib(used)})`
    : "restoreSize (the source volume's size)";
  const base: Omit<SnapshotSize, "model" | "status" | "reason" | "timeline"> = {
    uid: content.uid,
    tier: isArchive(link) ? "archive" : "standard",
    fullBytes: full,
    sourceUsedBytes: sample ? BigInt(Math.round(sample.bytes)) : null,
    sourceUsedBytesAt: sample ? sample.at.toISOString() : null,
    restoreSizeBytes: content.restoreSizeBytes,
    changeRate: null,
    changeRateSource: null,
    previousUid: null,
    daysSincePrevious: null,
  };
  const result = (model: SizeModel, bytes: Dec | null, reason: string | null, extra = {}): SnapshotSize => {
    const status =
      bytes === null ? "unknown" : model === "provider" || model === "cbt" ? "priced" : "estimated";
    const timeline = [{ fromMs: link.createdAtMs, bytes, estimated: status !== "priced", mergedFrom: [] }];
    return { ...base, ...extra, model, status, reason, timeline };
  };
  const unknown =
    "billed size unknown: no reported size, no used-bytes sample of the source claim and no restoreSize";
  if (content.storedBytes !== null) {
    const model = content.storedBytesSource === "cbt" ? "cbt" : "provider";
    return result(model, new Dec(content.storedBytes.toString()), null);
  }
  if (isArchive(link)) {
    // Archiving turns an incremental snapshot into a full copy of its blocks (EBS
    // archiving-guidelines; GCP archive snapshots): billed at the full size.
    if (!full) return result("unknown", null, unknown);
    const why = used ? "" : ", an upper bound";
    return result(
      used ? "used-bytes" : "restore-size",
      full,
      `estimated: archived as a full copy, ${fullLabel}${why}`,
    );
  }
  const previous = previousOf(chain, link);
  if (!previous) {
    if (used)
      return result(
        "used-bytes",
        used,
        `estimated: first snapshot of the chain, ${fullLabel} at ${sample?.at.toISOString()}`,
      );
    if (restore) {
      const why =
        "no used-bytes sample of the source claim within 7 days before it, so restoreSize (the source volume's size) is used as an upper bound";
      return result("restore-size", restore, `estimated: first snapshot of the chain; ${why}`);
    }
    return result("unknown", null, unknown);
  }
  const rate = changeRateFor(options.changeRates, {
    namespace: link.snapshot?.namespace ?? content.snapshotRefNamespace,
    storageClassName: chain.storageClassName,
  });
  const days = new Dec(Math.max(0, link.createdAtMs - previous.createdAtMs)).div(MS_PER_DAY);
  const extra = {
    changeRate: rate.rate.toFixed(),
    changeRateSource: rate.source,
    previousUid: previous.content.uid,
    daysSincePrevious: days.toDecimalPlaces(6).toFixed(),
  };
  if (!full) return result("unknown", null, unknown, extra);
  // Blocks changed since the previous snapshot: rate × size × days, at most every block once.
  const delta = Dec.min(full, rate.rate.times(full).times(days));
  const pct = rate.rate.times(100).toFixed();
  const bound = used ? "" : " (no used-bytes sample: an upper bound)";
  const reason = `estimated: ${pct} %/day (${rate.source}) × ${fullLabel}${bound} × ${days.toDecimalPlaces(3).toFixed()} days since the previous snapshot`;
  return result("change-rate", delta, reason, extra);
}

/**
 * When a snapshot is deleted, the blocks that later snapshots still need are not freed: the
 * provider moves them to the next snapshot (EBS DeleteSnapshot: "deleting a snapshot removes only
 * the data not needed by other snapshots"; Azure incremental snapshots and GCE PD snapshots
 * document the same for their chains). We model that by adding the deleted snapshot's stored bytes
 * to the next standard snapshot alive at that moment, capped at that snapshot's full size (it
 * cannot hold more than a full copy). A provider-reported size observed after the deletion already
 * includes the move and is left alone; with no later snapshot the blocks are freed.
 */
function applyMerges(chain: SnapshotChain, sizes: Map<string, SnapshotSize>): void {
  const deletions = chain.links
    .filter((l) => l.content.deletedAt !== null && !isArchive(l) && !l.duplicateOf)
    .sort((a, b) => (a.content.deletedAt as Date).getTime() - (b.content.deletedAt as Date).getTime());
  for (const donor of deletions) {
    const at = (donor.content.deletedAt as Date).getTime();
    const receiver = chain.links.find(
      (l) => l.position > donor.position && !isArchive(l) && !l.duplicateOf && aliveAt(l, at),
    );
    if (!receiver) continue;
    const donorSize = sizes.get(donor.content.uid) as SnapshotSize;
    const size = sizes.get(receiver.content.uid) as SnapshotSize;
    const observed = receiver.content.storedBytesObservedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
    if (size.model === "provider" && observed >= at) continue;
    const current = size.timeline.at(-1) as StoredBytesStep;
    const moved = bytesAt(donorSize, at);
    const donorStep = donorSize.timeline.filter((s) => s.fromMs <= at).at(-1);
    const sum = current.bytes === null || moved === null ? null : current.bytes.plus(moved);
    size.timeline.push({
      fromMs: at,
      bytes: sum && size.fullBytes ? Dec.min(sum, size.fullBytes) : sum,
      estimated: current.estimated || (donorStep?.estimated ?? true),
      mergedFrom: [...current.mergedFrom, donor.content.uid],
    });
  }
}

/** The billed size of every snapshot of a chain, with how it was found and how it changes with merges. */
export function snapshotStoredBytes(
  chain: SnapshotChain,
  options: StoredBytesOptions,
): Map<string, SnapshotSize> {
  const sizes = new Map(chain.links.map((link) => [link.content.uid, sizeOf(chain, link, options)]));
  applyMerges(chain, sizes);
  return sizes;
}
