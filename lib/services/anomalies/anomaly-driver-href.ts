import { shiftDay } from "../../costing/day-window";
import { encodeChainKey } from "../../costing/snapshots/snapshot-chain-key";

export const SNAPSHOT_KINDS: readonly string[] = ["VolumeSnapshotContent", "VolumeSnapshot"];

/**
 * Where an anomaly driver's link goes: a volume to its page; a snapshot to its chain's page when its
 * chain is known, else to its cluster's snapshots; anything else to its cost facts over the day
 * before the anomaly and its day.
 */
export function anomalyDriverHref(
  driver: { cluster: string; resourceKind: string; resourceUid: string; snapshotChainId?: string | null },
  day: string,
): string {
  const cluster = encodeURIComponent(driver.cluster);
  if (driver.resourceKind === "PersistentVolume")
    return `/volumes/${cluster}/${encodeURIComponent(driver.resourceUid)}`;
  if (SNAPSHOT_KINDS.includes(driver.resourceKind)) {
    return driver.snapshotChainId
      ? `/snapshots/${cluster}/${encodeChainKey(driver.snapshotChainId)}`
      : `/snapshots?${new URLSearchParams({ cluster: driver.cluster })}`;
  }
  const search = new URLSearchParams({
    window: "custom",
    from: shiftDay(day, -1),
    to: day,
    cluster: driver.cluster,
    resourceUid: driver.resourceUid,
  });
  return `/showback/facts?${search}`;
}
