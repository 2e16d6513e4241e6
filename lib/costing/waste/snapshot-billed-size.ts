import { formatBytes } from "../../format";
import { MS_PER_DAY } from "../day-window";
import type { WasteInventory, WasteSnapshot, WasteSnapshotContent } from "./inventory";
import { type InventoryIndex, indexInventory } from "./inventory-index";

/** What one snapshot is billed for: the provider's or CBT's figure, or the change-rate estimate. */
export interface SnapshotBilledSize {
  /** null: unknown (no stored size, no restore size to estimate from). */
  bytes: bigint | null;
  estimated: boolean;
  basis: string;
}

interface Unit {
  key: string;
  chain: string;
  takenAt: Date;
  restoreSizeBytes: bigint | null;
  storedBytes: bigint | null;
  storedBytesSource: string | null;
}

export const contentKey = (content: WasteSnapshotContent) => `content:${content.uid}`;

/** The key of a snapshot's billed size in `snapshotBilledSizes`: its content's, or its own. */
export function snapshotKey(index: InventoryIndex, snapshot: WasteSnapshot): string {
  const content = index.contentOfSnapshot.get(snapshot);
  return content ? contentKey(content) : `snapshot:${snapshot.uid}`;
}

/**
 * The billed size of every live snapshot. Snapshots are incremental on every major cloud: the first
 * of a volume stores its data, each later one the blocks changed since the previous one, so
 * `restoreSize` (the source's size) is never what a snapshot costs. In order of preference:
 * 1. the stored size the provider or CSI changed-block tracking reported (`storedBytes`);
 * 2. an estimate along the chain of the same source volume, oldest first: the first snapshot at its
 *    restore size (all of it may be data), each later one `dailyChangeRate` × restore size per day
 *    since the previous live snapshot, at most the restore size. Deleting a snapshot hands its
 *    blocks to the next, which is why the previous *live* snapshot is the one that counts.
 */
export function snapshotBilledSizes(
  inventory: WasteInventory,
  now: Date,
  dailyChangeRate: number,
): Map<string, SnapshotBilledSize> {
  const units: Unit[] = [];
  const covered = new Set<string>();
  const index = indexInventory(inventory, now);
  for (const content of index.liveContents) {
    const snapshot = index.snapshotOfContent.get(content);
    if (snapshot) covered.add(snapshot.uid);
    units.push({
      key: contentKey(content),
      chain: content.sourceVolumeHandle
        ? `handle:${content.sourceVolumeHandle}`
        : snapshot?.sourcePvcName
          ? `pvc:${snapshot.namespace}/${snapshot.sourcePvcName}`
          : contentKey(content),
      takenAt: content.creationTime ?? snapshot?.creationTime ?? content.createdAt,
      restoreSizeBytes: content.restoreSizeBytes ?? snapshot?.restoreSizeBytes ?? null,
      storedBytes: content.storedBytes,
      storedBytesSource: content.storedBytesSource,
    });
  }
  for (const snapshot of index.liveSnapshots.filter((s) => !covered.has(s.uid))) {
    units.push({
      key: `snapshot:${snapshot.uid}`,
      chain: snapshot.sourcePvcName
        ? `pvc:${snapshot.namespace}/${snapshot.sourcePvcName}`
        : `snapshot:${snapshot.uid}`,
      takenAt: snapshot.creationTime ?? snapshot.createdAt,
      restoreSizeBytes: snapshot.restoreSizeBytes,
      storedBytes: null,
      storedBytesSource: null,
    });
  }

  const chains = new Map<string, Unit[]>();
  for (const unit of units) {
    const chain = chains.get(unit.chain);
    if (chain) chain.push(unit);
    else chains.set(unit.chain, [unit]);
  }
  const sizes = new Map<string, SnapshotBilledSize>();
  const percent = `${Number((dailyChangeRate * 100).toFixed(4))} %/day`;
  for (const chain of chains.values()) {
    chain.sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime() || a.key.localeCompare(b.key));
    chain.forEach((unit, position) => {
      if (unit.storedBytes !== null) {
        const by = unit.storedBytesSource === "cbt" ? "changed-block tracking" : "the provider";
        sizes.set(unit.key, {
          bytes: unit.storedBytes,
          estimated: false,
          basis: `${formatBytes(unit.storedBytes)} stored, as reported by ${by}`,
        });
        return;
      }
      const restore = unit.restoreSizeBytes;
      if (restore === null) {
        sizes.set(unit.key, {
          bytes: null,
          estimated: true,
          basis: "stored size unknown and no restore size to estimate it from",
        });
        return;
      }
      const previous = chain[position - 1];
      if (!previous) {
        sizes.set(unit.key, {
          bytes: restore,
          estimated: true,
          basis: `estimated: the first snapshot of its volume, at its ${formatBytes(restore)} restore size`,
        });
        return;
      }
      const days = Math.max(0, (unit.takenAt.getTime() - previous.takenAt.getTime()) / MS_PER_DAY);
      const modelled = BigInt(Math.ceil(Number(restore) * dailyChangeRate * days));
      const bytes = modelled < restore ? modelled : restore;
      sizes.set(unit.key, {
        bytes,
        estimated: true,
        basis:
          `estimated: ${percent} × ${days.toFixed(1)} day(s) since the previous snapshot × ` +
          `${formatBytes(restore)} restore size = ${formatBytes(bytes)}`,
      });
    });
  }
  return sizes;
}
