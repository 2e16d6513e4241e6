import type { SnapshotChain, SnapshotChainLink } from "./build-snapshot-chains";

export interface SnapshotAllocation {
  allocation: "allocated" | "unallocated";
  namespace: string | null;
  likelyOwnerNamespace: string | null;
  /** Why it is unallocated. */
  allocationReason: string | null;
}

const alive = (life: { createdAt: Date; deletedAt: Date | null } | null, at: number) =>
  life !== null &&
  life.createdAt.getTime() <= at &&
  (life.deletedAt === null || at < life.deletedAt.getTime());

/**
 * Who owns a snapshot's cost at `at` (the last moment it existed that day, as volumes take their
 * end-of-day owner). Its VolumeSnapshot's namespace, while both the VolumeSnapshot and the source
 * PVC exist. A content whose VolumeSnapshot is gone (deletionPolicy Retain) or whose source PVC was
 * deleted is still billed by the provider: unallocated, with the snapshotRef's namespace as the
 * likely owner. A pre-provisioned content has no source PVC: its VolumeSnapshot alone decides.
 */
export function snapshotAllocation(
  chain: SnapshotChain,
  link: SnapshotChainLink,
  at: number,
): SnapshotAllocation {
  const { content, snapshot } = link;
  const likely = content.snapshotRefNamespace ?? snapshot?.namespace ?? chain.claim?.namespace ?? null;
  const unallocated = (reason: string): SnapshotAllocation => ({
    allocation: "unallocated",
    namespace: null,
    likelyOwnerNamespace: likely,
    allocationReason: reason,
  });
  if (!alive(snapshot, at)) {
    const retained = content.deletionPolicy === "Retain" ? " (deletionPolicy Retain)" : "";
    return unallocated(
      snapshot
        ? `its VolumeSnapshot ${snapshot.namespace}/${snapshot.name} was deleted${retained}: the cloud snapshot is still billed`
        : `no VolumeSnapshot${retained}: the cloud snapshot is still billed`,
    );
  }
  if (chain.sourceVolumeHandle !== null && !alive(chain.claim, at)) {
    return unallocated(
      chain.claim
        ? `its source PVC ${chain.claim.namespace}/${chain.claim.name} was deleted`
        : "its source PVC is not known to Tierscope (deleted before it was first observed)",
    );
  }
  return {
    allocation: "allocated",
    namespace: (snapshot as NonNullable<typeof snapshot>).namespace,
    likelyOwnerNamespace: null,
    allocationReason: null,
  };
}
