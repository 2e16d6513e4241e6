import type { Provider } from "../../pricing/types";

// One cluster's inventory as waste detection reads it: plain data (bytes as bigint, times as Date),
// loaded by lib/queries/waste. Rows carry their life (createdAt, deletedAt) and the rules only
// consider what exists at `now`; deleted rows are there for evidence ("the claim went on …").

type Labels = Record<string, string>;

export interface Life {
  createdAt: Date;
  deletedAt: Date | null;
}

export interface WasteNamespace {
  name: string;
  team: string | null;
  deletedAt: Date | null;
}

export interface WasteStorageClass {
  name: string;
  provisioner: string;
  parameters: Labels;
}

export interface WasteVolumeAttributesClass {
  name: string;
  driverName: string;
  parameters: Labels;
}

export interface WasteVolume extends Life {
  uid: string;
  name: string;
  storageClassName: string | null;
  volumeAttributesClassName: string | null;
  capacityBytes: bigint;
  reclaimPolicy: "Delete" | "Retain" | "Recycle";
  phase: "Pending" | "Available" | "Bound" | "Released" | "Failed";
  lastPhaseTransitionAt: Date | null;
  csiDriver: string | null;
  volumeHandle: string | null;
  volumeAttributes: Labels;
  zone: string | null;
  region: string | null;
  claimNamespace: string | null;
  claimName: string | null;
  claimUid: string | null;
  annotations: Labels;
}

export interface WasteClaim extends Life {
  uid: string;
  namespace: string;
  name: string;
  storageClassName: string | null;
  volumeAttributesClassName: string | null;
  requestedBytes: bigint;
  /** status.capacity once bound. */
  capacityBytes: bigint | null;
  accessModes: string[];
  phase: "Pending" | "Bound" | "Lost";
  volumeName: string | null;
  ownerKind: string | null;
  ownerName: string | null;
}

/** One pod that mounted a claim (pod_volume of type persistentVolumeClaim or ephemeral). */
export interface WastePodMount {
  namespace: string;
  claimName: string;
  podName: string;
  createdAt: Date;
  /** The last container's termination: the kubelet unmounts the volume then. */
  finishedAt: Date | null;
  deletedAt: Date | null;
}

export interface WasteSnapshot extends Life {
  uid: string;
  namespace: string;
  name: string;
  sourcePvcName: string | null;
  volumeSnapshotClassName: string | null;
  boundContentName: string | null;
  /** status.creationTime: when the provider cut the snapshot. */
  creationTime: Date | null;
  /** The source's size: never the billed size. */
  restoreSizeBytes: bigint | null;
  labels: Labels;
}

export interface WasteSnapshotContent extends Life {
  uid: string;
  name: string;
  driver: string;
  deletionPolicy: "Delete" | "Retain";
  volumeSnapshotClassName: string | null;
  sourceVolumeHandle: string | null;
  snapshotHandle: string | null;
  snapshotRefNamespace: string | null;
  snapshotRefName: string | null;
  snapshotRefUid: string | null;
  creationTime: Date | null;
  restoreSizeBytes: bigint | null;
  /** Billed size when the provider or CSI changed-block tracking reported it. */
  storedBytes: bigint | null;
  storedBytesSource: string | null;
  storageTier: string;
  labels: Labels;
}

/** A claim's used bytes (kubelet_volume_stats_used_bytes) over the oversized window. */
export interface WasteUsage {
  namespace: string;
  claimName: string;
  samples: number;
  p95UsedBytes: number;
  maxUsedBytes: number;
  windowStart: Date;
  windowEnd: Date;
}

export interface WasteInventory {
  cluster: { id: string; name: string; provider: Provider; region: string | null };
  namespaces: WasteNamespace[];
  storageClasses: WasteStorageClass[];
  volumeAttributesClasses: WasteVolumeAttributesClass[];
  volumes: WasteVolume[];
  claims: WasteClaim[];
  podMounts: WastePodMount[];
  snapshots: WasteSnapshot[];
  snapshotContents: WasteSnapshotContent[];
  usage: WasteUsage[];
}

export const liveAt = (row: Life, now: Date) =>
  row.createdAt.getTime() <= now.getTime() &&
  (row.deletedAt === null || row.deletedAt.getTime() > now.getTime());
