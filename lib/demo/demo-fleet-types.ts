import type { Prisma } from "@/lib/db/generated/client";
import type { DataAccessReading } from "@/lib/ingest/data-access/data-access-reading";

/** Every row of the synthetic demo fleet, ready for `createMany`, in foreign-key order. */
export interface DemoFleet {
  organization: Prisma.OrganizationCreateManyInput;
  teams: Prisma.TeamCreateManyInput[];
  clusters: Prisma.ClusterCreateManyInput[];
  observations: Prisma.ObservationCreateManyInput[];
  observationKinds: Prisma.ObservationKindCreateManyInput[];
  namespaces: Prisma.NamespaceCreateManyInput[];
  storageClasses: Prisma.StorageClassCreateManyInput[];
  volumeAttributesClasses: Prisma.VolumeAttributesClassCreateManyInput[];
  persistentVolumes: Prisma.PersistentVolumeCreateManyInput[];
  persistentVolumeRevisions: Prisma.PersistentVolumeRevisionCreateManyInput[];
  persistentVolumeClaims: Prisma.PersistentVolumeClaimCreateManyInput[];
  volumeSnapshotClasses: Prisma.VolumeSnapshotClassCreateManyInput[];
  volumeSnapshots: Prisma.VolumeSnapshotCreateManyInput[];
  volumeSnapshotContents: Prisma.VolumeSnapshotContentCreateManyInput[];
  nodes: Prisma.NodeCreateManyInput[];
  pods: Prisma.PodCreateManyInput[];
  podVolumes: Prisma.PodVolumeCreateManyInput[];
  metricSeries: Prisma.MetricSeriesCreateManyInput[];
  metricSamples: Prisma.MetricSampleCreateManyInput[];
  /** Each cluster's data-access readings, as `tierscope import data-access` stores them. */
  dataAccess: { clusterId: string; readings: DataAccessReading[] }[];
}
