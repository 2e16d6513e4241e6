import { snapshotHandle } from "./demo-cloud-handles";
import { demoUuid } from "./demo-ids";
import type { DemoCluster, Labels, SnapshotClassPlan, SnapshotPlan, VolumePlan } from "./demo-plan-types";
import { capacityGiAt, GIB } from "./demo-volume-math";

export interface SnapshotSpec {
  /** The source volume; its claim is the snapshot's source PVC. */
  volume: VolumePlan;
  name: string;
  /** What makes the id stable when the name carries a date (defaults to the name). */
  idKey?: string;
  className: string;
  createdAt: Date;
  deletedAt?: Date;
  /** false: deleted before Tierscope's first observation; only a retained content is left. */
  snapshotObserved?: boolean;
  storedBytes?: bigint;
  labels?: Labels;
}

export function snapshotPlan(
  cluster: DemoCluster,
  classes: { snapshotClass(name: string): SnapshotClassPlan },
  spec: SnapshotSpec,
): SnapshotPlan {
  const claim = spec.volume.claim;
  if (!claim) throw new Error(`${cluster.name}: snapshot ${spec.name} of an unclaimed volume`);
  const claimEnd = claim.deletedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (spec.createdAt <= claim.createdAt || spec.createdAt.getTime() >= claimEnd) {
    throw new Error(
      `${cluster.name}: snapshot ${spec.name} taken outside ${claim.namespace}/${claim.name}'s life`,
    );
  }
  if (!spec.volume.volumeHandle)
    throw new Error(`${cluster.name}: snapshot ${spec.name} of a volume with no handle`);
  const vsc = classes.snapshotClass(spec.className);
  const uid = demoUuid(cluster.name, "volumesnapshot", claim.namespace, spec.idKey ?? spec.name);
  return {
    uid,
    namespace: claim.namespace,
    name: spec.name,
    sourcePvcName: claim.name,
    className: vsc.name,
    driver: vsc.driver,
    deletionPolicy: vsc.deletionPolicy,
    createdAt: spec.createdAt,
    // restoreSize is the source's size when the snapshot was taken, never the billed size.
    restoreBytes: BigInt(capacityGiAt(spec.volume, spec.createdAt)) * GIB,
    sourceVolumeHandle: spec.volume.volumeHandle,
    snapshotHandle: snapshotHandle(cluster, uid),
    contentUid: demoUuid(cluster.name, "volumesnapshotcontent", uid),
    contentName: `snapcontent-${uid}`,
    deletedAt: spec.deletedAt,
    snapshotObserved: spec.snapshotObserved ?? true,
    storedBytes: spec.storedBytes,
    labels: spec.labels ?? {},
  };
}
