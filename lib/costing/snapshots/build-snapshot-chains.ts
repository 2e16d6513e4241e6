import type { SnapshotContentInput, SourceClaimInput, SourceVolumeInput, VolumeSnapshotInput } from "./types";

export interface SnapshotChainLink {
  content: SnapshotContentInput;
  /** The VolumeSnapshot that owns the content, if Tierscope has seen it (it may since be deleted). */
  snapshot: VolumeSnapshotInput | null;
  /** 1 for the oldest snapshot of the chain. */
  position: number;
  /** status.creationTime, else the object's creationTimestamp, in ms. */
  createdAtMs: number;
  /** The content whose snapshotHandle is this one's CBT base, when it is in the same chain. */
  baseUid: string | null;
  /**
   * Another content for the same cloud snapshot (a pre-provisioned import of a snapshot the cluster
   * also created, or imported twice): the provider bills the snapshot once, to that content.
   */
  duplicateOf: string | null;
}

export interface SnapshotChain {
  /** "volume:<handle>" for a volume's chain; "content:<uid>" for a pre-provisioned snapshot. */
  id: string;
  sourceVolumeHandle: string | null;
  volume: SourceVolumeInput | null;
  claim: SourceClaimInput | null;
  /** The source volume's StorageClass, if known. */
  storageClassName: string | null;
  links: SnapshotChainLink[];
}

export interface BuildSnapshotChainsInput {
  contents: SnapshotContentInput[];
  snapshots: VolumeSnapshotInput[];
  volumes: SourceVolumeInput[];
  claims: SourceClaimInput[];
}

export const contentTime = (c: SnapshotContentInput) => (c.creationTime ?? c.createdAt).getTime();

const alive = (life: { createdAt: Date; deletedAt: Date | null }, at: number) =>
  life.createdAt.getTime() <= at && (life.deletedAt === null || at < life.deletedAt.getTime());

/** The object alive at `at`, else the newest created before it, else the newest of all. */
function pickAt<T extends { createdAt: Date; deletedAt: Date | null }>(items: T[], at: number): T | null {
  const newestFirst = [...items].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return (
    newestFirst.find((item) => alive(item, at)) ??
    newestFirst.find((item) => item.createdAt.getTime() <= at) ??
    newestFirst[0] ??
    null
  );
}

/** Items by a key, each key's in input order: a chain's objects are looked up, never scanned for. */
function indexBy<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const list = index.get(key);
    if (list) list.push(item);
    else index.set(key, [item]);
  }
  return index;
}

/** A namespaced object's key; none for a reference lacking either part, which names nothing. */
const nameKey = (namespace: string | null, name: string | null) =>
  namespace !== null && name !== null ? `${namespace}/${name}` : null;

/** The snapshots, volumes and claims of a cluster, indexed by what chains look them up by. */
interface ChainIndexes {
  snapshotsByUid: Map<string, VolumeSnapshotInput[]>;
  snapshotsByName: Map<string, VolumeSnapshotInput[]>;
  volumesByHandle: Map<string, SourceVolumeInput[]>;
  claimsByUid: Map<string, SourceClaimInput[]>;
  claimsByName: Map<string, SourceClaimInput[]>;
}

function chainIndexes(input: BuildSnapshotChainsInput): ChainIndexes {
  return {
    snapshotsByUid: indexBy(input.snapshots, (s) => s.uid),
    snapshotsByName: indexBy(input.snapshots, (s) => nameKey(s.namespace, s.name)),
    volumesByHandle: indexBy(input.volumes, (v) => v.volumeHandle),
    claimsByUid: indexBy(input.claims, (c) => c.uid),
    claimsByName: indexBy(input.claims, (c) => nameKey(c.namespace, c.name)),
  };
}

/** A content's VolumeSnapshot: by the snapshotRef's uid, else by namespace/name bound to this content. */
function snapshotOf(content: SnapshotContentInput, indexes: ChainIndexes) {
  if (content.snapshotRefUid) return indexes.snapshotsByUid.get(content.snapshotRefUid)?.[0] ?? null;
  const key = nameKey(content.snapshotRefNamespace, content.snapshotRefName);
  const named = ((key !== null && indexes.snapshotsByName.get(key)) || []).filter(
    (s) => s.boundContentName === null || s.boundContentName === content.name,
  );
  return pickAt(named, contentTime(content));
}

/**
 * Oldest first; a content whose CBT base (baseSnapshotHandle) is in the chain comes after it, even
 * if the clocks disagree: its reported delta is against that base.
 */
function order(links: SnapshotChainLink[]): SnapshotChainLink[] {
  const sorted = [...links].sort(
    (a, b) => a.createdAtMs - b.createdAtMs || a.content.name.localeCompare(b.content.name),
  );
  // Each pass moves at most one link after its base; a cycle of bases stops after n passes.
  for (let pass = 0; pass < sorted.length; pass++) {
    const index = sorted.findIndex((link, i) => {
      const base = link.baseUid ? sorted.findIndex((l) => l.content.uid === link.baseUid) : -1;
      return base > i;
    });
    if (index < 0) break;
    const [moved] = sorted.splice(index, 1) as [SnapshotChainLink];
    const base = sorted.findIndex((l) => l.content.uid === moved.baseUid);
    sorted.splice(base + 1, 0, moved);
  }
  return sorted.map((link, i) => ({ ...link, position: i + 1 }));
}

/** Contents billed as the same cloud snapshot: the dynamically created one wins, else the oldest. */
function duplicates(contents: SnapshotContentInput[]): Map<string, string> {
  const byHandle = new Map<string, SnapshotContentInput[]>();
  for (const content of contents) {
    const handle = content.snapshotHandle ?? content.sourceSnapshotHandle;
    if (!handle) continue;
    byHandle.set(handle, [...(byHandle.get(handle) ?? []), content]);
  }
  const duplicateOf = new Map<string, string>();
  for (const group of byHandle.values()) {
    if (group.length < 2) continue;
    const [canonical] = [...group].sort(
      (a, b) =>
        Number(b.sourceVolumeHandle !== null) - Number(a.sourceVolumeHandle !== null) ||
        contentTime(a) - contentTime(b) ||
        a.uid.localeCompare(b.uid),
    ) as [SnapshotContentInput];
    for (const c of group) if (c.uid !== canonical.uid) duplicateOf.set(c.uid, canonical.uid);
  }
  return duplicateOf;
}

/** The claim a chain was taken from: the source PV's claimRef, else the snapshots' source PVC name. */
function claimOf(
  volume: SourceVolumeInput | null,
  links: SnapshotChainLink[],
  indexes: ChainIndexes,
): SourceClaimInput | null {
  if (volume?.claimUid) {
    const byUid = indexes.claimsByUid.get(volume.claimUid)?.[0];
    if (byUid) return byUid;
  }
  const first = links[0];
  if (!first) return null;
  const named = volume?.claimNamespace && volume.claimName ? volume : null;
  const withSource = links.find((l) => l.snapshot?.sourcePvcName);
  const namespace = named?.claimNamespace ?? withSource?.snapshot?.namespace;
  const name = named?.claimName ?? withSource?.snapshot?.sourcePvcName;
  if (!namespace || !name) return null;
  return pickAt(indexes.claimsByName.get(`${namespace}/${name}`) ?? [], first.createdAtMs);
}

/**
 * The cluster's snapshots as chains: one per source volume (spec.source.volumeHandle, which
 * survives the PV's deletion), oldest first. A pre-provisioned content (only
 * spec.source.snapshotHandle) is a chain of its own: Kubernetes knows nothing of its lineage.
 */
export function buildSnapshotChains(input: BuildSnapshotChainsInput): SnapshotChain[] {
  const duplicateOf = duplicates(input.contents);
  const indexes = chainIndexes(input);
  const byHandle = new Map<string, SnapshotContentInput>();
  for (const c of input.contents) if (c.snapshotHandle) byHandle.set(c.snapshotHandle, c);
  const groups = new Map<string, { handle: string | null; links: SnapshotChainLink[] }>();
  for (const content of input.contents) {
    const id = content.sourceVolumeHandle ? `volume:${content.sourceVolumeHandle}` : `content:${content.uid}`;
    const base = content.baseSnapshotHandle ? byHandle.get(content.baseSnapshotHandle) : undefined;
    const link: SnapshotChainLink = {
      content,
      snapshot: snapshotOf(content, indexes),
      position: 0,
      createdAtMs: contentTime(content),
      baseUid:
        base && base.uid !== content.uid && base.sourceVolumeHandle === content.sourceVolumeHandle
          ? base.uid
          : null,
      duplicateOf: duplicateOf.get(content.uid) ?? null,
    };
    const group = groups.get(id) ?? { handle: content.sourceVolumeHandle, links: [] };
    group.links.push(link);
    groups.set(id, group);
  }
  const chains: SnapshotChain[] = [];
  for (const [id, group] of groups) {
    const links = order(group.links);
    const first = links[0] as SnapshotChainLink;
    const volume = group.handle
      ? pickAt(indexes.volumesByHandle.get(group.handle) ?? [], first.createdAtMs)
      : null;
    chains.push({
      id,
      sourceVolumeHandle: group.handle,
      volume,
      claim: group.handle ? claimOf(volume, links, indexes) : null,
      storageClassName: volume?.storageClassName ?? null,
      links,
    });
  }
  return chains.sort((a, b) => a.id.localeCompare(b.id));
}
