import type { Prisma } from "@/lib/db/generated/client";
import { lifecycle } from "./demo-lifecycle";
import type { DemoCluster, SnapshotPlan } from "./demo-plan-types";
import type { DemoClock } from "./demo-time";
import { SECOND_MS } from "./demo-time";

/**
 * VolumeSnapshot and VolumeSnapshotContent rows. The snapshot controller creates the content a
 * second after the snapshot and the cloud snapshot a few seconds later (creationTime). Deleting a
 * snapshot deletes its content under a Delete policy; under Retain the content (and the cloud
 * snapshot, and its bill) stays, still pointing at the snapshot that is gone.
 */
export interface SnapshotRows {
  volumeSnapshots: Prisma.VolumeSnapshotCreateManyInput[];
  volumeSnapshotContents: Prisma.VolumeSnapshotContentCreateManyInput[];
}

export function snapshotRows(
  cluster: DemoCluster,
  snapshots: readonly SnapshotPlan[],
  clock: DemoClock,
): SnapshotRows {
  const rows: SnapshotRows = { volumeSnapshots: [], volumeSnapshotContents: [] };
  for (const plan of snapshots) {
    const creationTime = clock.plus(plan.createdAt, 4 * SECOND_MS);
    const contentCreatedAt = clock.plus(plan.createdAt, SECOND_MS);
    const contentDeletedAt =
      plan.deletedAt && plan.deletionPolicy === "Delete"
        ? clock.clamp(clock.plus(plan.deletedAt, 3 * SECOND_MS))
        : undefined;
    if (plan.snapshotObserved) {
      rows.volumeSnapshots.push({
        clusterId: cluster.id,
        uid: plan.uid,
        namespace: plan.namespace,
        name: plan.name,
        sourcePvcName: plan.sourcePvcName,
        volumeSnapshotClassName: plan.className,
        boundContentName: plan.contentName,
        creationTime,
        readyToUse: true,
        restoreSizeBytes: plan.restoreBytes,
        labels: plan.labels,
        annotations: {},
        ...lifecycle(cluster, clock, plan.createdAt, plan.deletedAt),
      });
    }
    rows.volumeSnapshotContents.push({
      clusterId: cluster.id,
      uid: plan.contentUid,
      name: plan.contentName,
      driver: plan.driver,
      deletionPolicy: plan.deletionPolicy,
      volumeSnapshotClassName: plan.className,
      sourceVolumeHandle: plan.sourceVolumeHandle,
      snapshotHandle: plan.snapshotHandle,
      snapshotRefNamespace: plan.namespace,
      snapshotRefName: plan.name,
      snapshotRefUid: plan.uid,
      creationTime,
      readyToUse: true,
      restoreSizeBytes: plan.restoreBytes,
      storedBytes: plan.storedBytes ?? null,
      storedBytesSource: plan.storedBytes === undefined ? null : "provider",
      storageTier: "standard",
      labels: {},
      annotations: {},
      ...lifecycle(cluster, clock, contentCreatedAt, contentDeletedAt),
    });
  }
  return rows;
}
