import type { Prisma } from "@/lib/db/generated/client";
import { lifecycle } from "./demo-lifecycle";
import type { ClaimPlan, DemoCluster, PendingClaimPlan, VolumePlan } from "./demo-plan-types";
import type { DemoClock } from "./demo-time";
import { capacityGiAt, currentCapacityGi, GIB } from "./demo-volume-math";

/**
 * PersistentVolume, PersistentVolumeRevision and PersistentVolumeClaim rows from volume plans. A
 * volume's revisions are the intervals over which its cost-relevant state (size, phase, claim) held:
 * contiguous, the last one open while the volume lives or closed at its deletion.
 */
type Phase = "Available" | "Bound" | "Released";

interface VolumeState {
  capacityGi: number;
  phase: Phase;
  claim?: ClaimPlan;
}

function stateAt(volume: VolumePlan, at: Date): VolumeState {
  const capacityGi = capacityGiAt(volume, at);
  const claim = volume.claim;
  if (!claim || (volume.boundAt && at < volume.boundAt)) return { capacityGi, phase: "Available" };
  // A Retain volume outlives its claim as Released (keeping the claimRef); a Delete volume goes
  // seconds after the claim, so it is recorded Bound until its deletion.
  if (volume.reclaimPolicy === "Retain" && claim.deletedAt && at >= claim.deletedAt) {
    return { capacityGi, phase: "Released", claim };
  }
  return { capacityGi, phase: "Bound", claim };
}

const sameState = (a: VolumeState, b: VolumeState) =>
  a.capacityGi === b.capacityGi && a.phase === b.phase && a.claim === b.claim;

export interface VolumeRevision {
  validFrom: Date;
  validTo: Date | null;
  state: VolumeState;
}

export function volumeRevisions(volume: VolumePlan): VolumeRevision[] {
  const end = volume.deletedAt;
  const instants = [
    volume.createdAt,
    ...(volume.boundAt ? [volume.boundAt] : []),
    ...volume.sizes.slice(1).map((size) => size.from),
    ...(volume.reclaimPolicy === "Retain" && volume.claim?.deletedAt ? [volume.claim.deletedAt] : []),
  ]
    .filter((at) => at >= volume.createdAt && (!end || at < end))
    .sort((a, b) => a.getTime() - b.getTime());

  const revisions: VolumeRevision[] = [];
  for (const at of instants) {
    const state = stateAt(volume, at);
    const last = revisions[revisions.length - 1];
    if (last && sameState(last.state, state)) continue;
    if (last) last.validTo = at;
    revisions.push({ validFrom: at, validTo: null, state });
  }
  const last = revisions[revisions.length - 1];
  if (last && end) last.validTo = end;
  return revisions;
}

export interface VolumeRows {
  persistentVolumes: Prisma.PersistentVolumeCreateManyInput[];
  persistentVolumeRevisions: Prisma.PersistentVolumeRevisionCreateManyInput[];
  persistentVolumeClaims: Prisma.PersistentVolumeClaimCreateManyInput[];
}

export function volumeRows(
  cluster: DemoCluster,
  volumes: readonly VolumePlan[],
  pendingClaims: readonly PendingClaimPlan[],
  clock: DemoClock,
): VolumeRows {
  const rows: VolumeRows = {
    persistentVolumes: [],
    persistentVolumeRevisions: [],
    persistentVolumeClaims: [],
  };
  for (const volume of volumes) {
    const revisions = volumeRevisions(volume);
    const current = revisions[revisions.length - 1];
    if (!current) throw new Error(`${cluster.name}: volume ${volume.pvName} has no history`);
    const claim = current.state.claim;
    // The phase last changed where the latest run of equal phases began.
    let transition = revisions.length - 1;
    while (transition > 0 && revisions[transition - 1]?.state.phase === current.state.phase) transition--;
    rows.persistentVolumes.push({
      clusterId: cluster.id,
      uid: volume.pvUid,
      name: volume.pvName,
      storageClassName: volume.storageClass.name,
      volumeAttributesClassName: volume.volumeAttributesClassName ?? null,
      capacityBytes: BigInt(current.state.capacityGi) * GIB,
      accessModes: volume.accessModes,
      volumeMode: "Filesystem",
      reclaimPolicy: volume.reclaimPolicy,
      phase: current.state.phase,
      lastPhaseTransitionAt: revisions[transition]?.validFrom ?? volume.createdAt,
      csiDriver: volume.csiDriver,
      volumeHandle: volume.volumeHandle,
      volumeAttributes: volume.volumeAttributes,
      zone: volume.zone ?? null,
      region: cluster.region,
      claimNamespace: claim?.namespace ?? null,
      claimName: claim?.name ?? null,
      claimUid: claim?.uid ?? null,
      labels: volume.labels,
      annotations: volume.annotations,
      ...lifecycle(cluster, clock, volume.createdAt, volume.deletedAt),
    });
    for (const revision of revisions) {
      rows.persistentVolumeRevisions.push({
        clusterId: cluster.id,
        uid: volume.pvUid,
        validFrom: revision.validFrom,
        validTo: revision.validTo,
        capacityBytes: BigInt(revision.state.capacityGi) * GIB,
        phase: revision.state.phase,
        storageClassName: volume.storageClass.name,
        volumeAttributesClassName: volume.volumeAttributesClassName ?? null,
        claimNamespace: revision.state.claim?.namespace ?? null,
        claimName: revision.state.claim?.name ?? null,
        claimUid: revision.state.claim?.uid ?? null,
        observationId: cluster.observationId,
      });
    }
    if (volume.claim) rows.persistentVolumeClaims.push(boundClaimRow(cluster, volume, volume.claim, clock));
  }
  for (const pending of pendingClaims)
    rows.persistentVolumeClaims.push(pendingClaimRow(cluster, pending, clock));
  return rows;
}

function boundClaimRow(
  cluster: DemoCluster,
  volume: VolumePlan,
  claim: ClaimPlan,
  clock: DemoClock,
): Prisma.PersistentVolumeClaimCreateManyInput {
  // A claim's spec and status follow its volume's expansions; a deleted claim keeps its last size.
  const bytes =
    BigInt(claim.deletedAt ? capacityGiAt(volume, claim.deletedAt) : currentCapacityGi(volume)) * GIB;
  return {
    clusterId: cluster.id,
    uid: claim.uid,
    namespace: claim.namespace,
    name: claim.name,
    storageClassName: volume.storageClass.name,
    volumeAttributesClassName: volume.volumeAttributesClassName ?? null,
    requestedBytes: bytes,
    capacityBytes: bytes,
    accessModes: volume.accessModes,
    phase: "Bound",
    volumeName: volume.pvName,
    dataSourceKind: claim.dataSourceKind ?? null,
    dataSourceName: claim.dataSourceName ?? null,
    ownerKind: claim.ownerKind ?? null,
    ownerName: claim.ownerName ?? null,
    labels: claim.labels,
    annotations: claim.annotations,
    ...lifecycle(cluster, clock, claim.createdAt, claim.deletedAt),
  };
}

function pendingClaimRow(
  cluster: DemoCluster,
  claim: PendingClaimPlan,
  clock: DemoClock,
): Prisma.PersistentVolumeClaimCreateManyInput {
  return {
    clusterId: cluster.id,
    uid: claim.uid,
    namespace: claim.namespace,
    name: claim.name,
    storageClassName: claim.storageClass.name,
    requestedBytes: BigInt(claim.requestedGi) * GIB,
    capacityBytes: null,
    accessModes: claim.accessModes,
    phase: "Pending",
    volumeName: null,
    labels: claim.labels,
    annotations: claim.annotations,
    ...lifecycle(cluster, clock, claim.createdAt, claim.deletedAt),
  };
}
