import type { Prisma } from "@/lib/db/generated/client";
import { lifecycle } from "./demo-lifecycle";
import type { DemoCluster, PodPlan } from "./demo-plan-types";
import type { DemoClock } from "./demo-time";
import { GIB } from "./demo-volume-math";

/** Pod and PodVolume rows from pod plans. */
export interface PodRows {
  pods: Prisma.PodCreateManyInput[];
  podVolumes: Prisma.PodVolumeCreateManyInput[];
}

export function podRows(cluster: DemoCluster, pods: readonly PodPlan[], clock: DemoClock): PodRows {
  const rows: PodRows = { pods: [], podVolumes: [] };
  for (const pod of pods) {
    rows.pods.push({
      clusterId: cluster.id,
      uid: pod.uid,
      namespace: pod.namespace,
      name: pod.name,
      nodeName: pod.nodeName,
      phase: pod.phase,
      startedAt: pod.startedAt,
      finishedAt: pod.finishedAt ?? null,
      ownerKind: pod.ownerKind ?? null,
      ownerName: pod.ownerName ?? null,
      workloadKind: pod.workloadKind ?? null,
      workloadName: pod.workloadName ?? null,
      gpuRequest: pod.gpuRequest,
      gpuResourceName: pod.gpuResourceName ?? null,
      labels: pod.labels,
      annotations: pod.annotations,
      ...lifecycle(cluster, clock, pod.createdAt, pod.deletedAt),
    });
    for (const volume of pod.volumes) {
      rows.podVolumes.push({
        clusterId: cluster.id,
        podUid: pod.uid,
        volumeName: volume.name,
        type: volume.type,
        claimName: volume.claimName ?? null,
        readOnly: volume.readOnly ?? false,
        sizeLimitBytes: volume.sizeLimitGi === undefined ? null : BigInt(volume.sizeLimitGi) * GIB,
        role: volume.role ?? null,
      });
    }
  }
  return rows;
}
