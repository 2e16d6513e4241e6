import {
  liveAt,
  type WasteClaim,
  type WasteInventory,
  type WastePodMount,
  type WasteSnapshot,
  type WasteSnapshotContent,
  type WasteUsage,
  type WasteVolume,
} from "./inventory";

/** Lookups over one inventory as of one instant, built once: the rules join by name, not by scan. */
export interface InventoryIndex {
  liveVolumes: WasteVolume[];
  volumeByName: Map<string, WasteVolume>;
  /** The cloud volume id → the live PV (a snapshot content names its source by handle). */
  volumeByHandle: Map<string, WasteVolume>;
  liveClaims: WasteClaim[];
  /** `namespace/name` → the live claim. */
  liveClaimByName: Map<string, WasteClaim>;
  /** `namespace/name` → the claim of that name deleted last (for evidence). */
  goneClaimByName: Map<string, WasteClaim>;
  mountsByClaim: Map<string, WastePodMount[]>;
  usageByClaim: Map<string, WasteUsage>;
  liveSnapshots: WasteSnapshot[];
  snapshotByUid: Map<string, WasteSnapshot>;
  liveContents: WasteSnapshotContent[];
  /** A live content → the live VolumeSnapshot bound to it. */
  snapshotOfContent: Map<WasteSnapshotContent, WasteSnapshot>;
  /** A live VolumeSnapshot → its live content. */
  contentOfSnapshot: Map<WasteSnapshot, WasteSnapshotContent>;
}

export const claimKey = (namespace: string | null, name: string | null) => `${namespace}/${name}`;

const cache = new WeakMap<WasteInventory, { at: number; index: InventoryIndex }>();

export function indexInventory(inventory: WasteInventory, now: Date): InventoryIndex {
  const cached = cache.get(inventory);
  if (cached?.at === now.getTime()) return cached.index;
  const liveVolumes = inventory.volumes.filter((v) => liveAt(v, now));
  const liveClaims = inventory.claims.filter((c) => liveAt(c, now));
  const goneClaimByName = new Map<string, WasteClaim>();
  for (const claim of inventory.claims) {
    if (!claim.deletedAt || claim.deletedAt.getTime() > now.getTime()) continue;
    const key = claimKey(claim.namespace, claim.name);
    const seen = goneClaimByName.get(key);
    if (!seen || (seen.deletedAt?.getTime() ?? 0) < claim.deletedAt.getTime())
      goneClaimByName.set(key, claim);
  }
  const mountsByClaim = new Map<string, WastePodMount[]>();
  for (const mount of inventory.podMounts) {
    if (mount.createdAt.getTime() > now.getTime()) continue;
    const key = claimKey(mount.namespace, mount.claimName);
    const mounts = mountsByClaim.get(key);
    if (mounts) mounts.push(mount);
    else mountsByClaim.set(key, [mount]);
  }
  const liveSnapshots = inventory.snapshots.filter((s) => liveAt(s, now));
  const liveContents = inventory.snapshotContents.filter((c) => liveAt(c, now));
  const liveSnapshotByUid = new Map(liveSnapshots.map((s) => [s.uid, s]));
  const liveSnapshotByContentName = new Map(
    liveSnapshots.filter((s) => s.boundContentName).map((s) => [s.boundContentName as string, s]),
  );
  const snapshotOfContent = new Map<WasteSnapshotContent, WasteSnapshot>();
  const contentOfSnapshot = new Map<WasteSnapshot, WasteSnapshotContent>();
  for (const content of liveContents) {
    // A content names its snapshot (snapshotRef); a bound snapshot names its content (boundContentName).
    const byRef = content.snapshotRefUid ? liveSnapshotByUid.get(content.snapshotRefUid) : undefined;
    const snapshot = byRef ?? liveSnapshotByContentName.get(content.name);
    if (!snapshot) continue;
    snapshotOfContent.set(content, snapshot);
    contentOfSnapshot.set(snapshot, content);
  }
  const index: InventoryIndex = {
    liveVolumes,
    volumeByName: new Map(liveVolumes.map((v) => [v.name, v])),
    volumeByHandle: new Map(
      liveVolumes.filter((v) => v.volumeHandle).map((v) => [v.volumeHandle as string, v]),
    ),
    liveClaims,
    liveClaimByName: new Map(liveClaims.map((c) => [claimKey(c.namespace, c.name), c])),
    goneClaimByName,
    mountsByClaim,
    usageByClaim: new Map(inventory.usage.map((u) => [claimKey(u.namespace, u.claimName), u])),
    liveSnapshots,
    snapshotByUid: new Map(inventory.snapshots.map((s) => [s.uid, s])),
    liveContents,
    snapshotOfContent,
    contentOfSnapshot,
  };
  cache.set(inventory, { at: now.getTime(), index });
  return index;
}
