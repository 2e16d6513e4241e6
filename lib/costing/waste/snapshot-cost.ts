import type { WasteContext } from "./context";
import type { WasteCost } from "./finding";
import type { WasteInventory, WasteSnapshot, WasteSnapshotContent } from "./inventory";
import { claimKey, indexInventory } from "./inventory-index";
import { priceSnapshotMonthly } from "./price-snapshot-monthly";
import { contentKey, type SnapshotBilledSize, snapshotBilledSizes } from "./snapshot-billed-size";

const cache = new WeakMap<WasteInventory, { key: string; sizes: Map<string, SnapshotBilledSize> }>();

function billedSizes(inventory: WasteInventory, context: WasteContext): Map<string, SnapshotBilledSize> {
  const key = `${context.now.getTime()}/${context.thresholds.snapshotDailyChangeRate}`;
  const cached = cache.get(inventory);
  if (cached?.key === key) return cached.sizes;
  const sizes = snapshotBilledSizes(inventory, context.now, context.thresholds.snapshotDailyChangeRate);
  cache.set(inventory, { key, sizes });
  return sizes;
}

/**
 * The monthly cost of one snapshot (a VolumeSnapshot with or without its content, or a content on
 * its own): its billed size, priced as its source volume's snapshots are.
 */
export function snapshotCost(
  inventory: WasteInventory,
  context: WasteContext,
  subject: { snapshot?: WasteSnapshot; content?: WasteSnapshotContent },
): WasteCost {
  const index = indexInventory(inventory, context.now);
  const content =
    subject.content ?? (subject.snapshot ? index.contentOfSnapshot.get(subject.snapshot) : undefined);
  const snapshot = subject.snapshot ?? (content ? index.snapshotOfContent.get(content) : undefined);
  const key = content ? contentKey(content) : `snapshot:${snapshot?.uid}`;
  const size = billedSizes(inventory, context).get(key) ?? {
    bytes: null,
    estimated: true,
    basis: "not a live snapshot",
  };
  // The source's StorageClass and location: its PV (by cloud volume id), else its claim's.
  const volume = content?.sourceVolumeHandle
    ? index.volumeByHandle.get(content.sourceVolumeHandle)
    : undefined;
  const name = claimKey(snapshot?.namespace ?? null, snapshot?.sourcePvcName ?? null);
  const claim = snapshot?.sourcePvcName
    ? (index.liveClaimByName.get(name) ?? index.goneClaimByName.get(name))
    : undefined;
  const claimVolume = claim?.volumeName ? index.volumeByName.get(claim.volumeName) : undefined;
  const source = volume ?? claimVolume;
  return priceSnapshotMonthly(inventory, context, size, {
    driver: content?.driver ?? source?.csiDriver ?? null,
    storageClassName: source?.storageClassName ?? claim?.storageClassName ?? null,
    region: source?.region ?? null,
    zone: source?.zone ?? null,
    storageTier: content?.storageTier ?? "standard",
  });
}
