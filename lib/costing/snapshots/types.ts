import type { ExchangeRateRule } from "../../pricing/currency";
import type { OverrideRule } from "../../pricing/overrides";
import type { StorageClassInput } from "../../pricing/resolve/types";
import type { CatalogPrice, Provider } from "../../pricing/types";
import type { ChangeRateSettings } from "./change-rate";

// The plain data snapshot costing reads: Kubernetes objects as Tierscope stores them (each with its
// life: createdAt/deletedAt), no Prisma types, so every step is pure and testable with Date.UTC.

/** A VolumeSnapshotContent: the cloud snapshot itself (cluster-scoped, what the provider bills). */
export interface SnapshotContentInput {
  uid: string;
  name: string;
  driver: string;
  deletionPolicy: "Delete" | "Retain";
  volumeSnapshotClassName: string | null;
  /** spec.source.volumeHandle: the cloud volume; survives PV and PVC deletion. */
  sourceVolumeHandle: string | null;
  /** spec.source.snapshotHandle: a pre-provisioned (imported) snapshot. */
  sourceSnapshotHandle: string | null;
  /** status.snapshotHandle: the cloud snapshot id. */
  snapshotHandle: string | null;
  snapshotRefNamespace: string | null;
  snapshotRefName: string | null;
  snapshotRefUid: string | null;
  /** status.creationTime: when the provider cut the snapshot. */
  creationTime: Date | null;
  createdAt: Date;
  deletedAt: Date | null;
  /** The source volume's size: an upper bound of the billed size, never the billed size itself. */
  restoreSizeBytes: bigint | null;
  /** Billed size reported by the provider or by CSI changed-block tracking; null when unknown. */
  storedBytes: bigint | null;
  storedBytesSource: string | null;
  /** When storedBytes was last observed (the content's last observation). */
  storedBytesObservedAt: Date | null;
  /** The CBT base (a snapshotHandle) the reported delta is against, when annotated. */
  baseSnapshotHandle: string | null;
  /** standard | archive */
  storageTier: string;
}

/** A VolumeSnapshot: the namespaced request that owns a content while it exists. */
export interface VolumeSnapshotInput {
  uid: string;
  namespace: string;
  name: string;
  sourcePvcName: string | null;
  boundContentName: string | null;
  createdAt: Date;
  deletedAt: Date | null;
}

/** The PersistentVolume a chain's volume handle belongs to, if Tierscope has seen it. */
export interface SourceVolumeInput {
  uid: string;
  name: string;
  volumeHandle: string | null;
  storageClassName: string | null;
  csiDriver: string | null;
  region: string | null;
  zone: string | null;
  capacityBytes: bigint;
  claimNamespace: string | null;
  claimName: string | null;
  claimUid: string | null;
  createdAt: Date;
  deletedAt: Date | null;
  volumeAttributes: Record<string, string>;
  annotations: Record<string, string>;
}

/** The PersistentVolumeClaim a snapshot was taken from. */
export interface SourceClaimInput {
  uid: string;
  namespace: string;
  name: string;
  createdAt: Date;
  deletedAt: Date | null;
}

/** One volume_used_bytes sample of a claim (kubelet_volume_stats_used_bytes). */
export interface UsedBytesSample {
  namespace: string;
  claim: string;
  at: Date;
  bytes: number;
}

/** Everything snapshot costing needs for one cluster: load-snapshot-costing-input reads it. */
export interface SnapshotCostingInput {
  clusterId: string;
  provider: Provider;
  region: string | null;
  contents: SnapshotContentInput[];
  snapshots: VolumeSnapshotInput[];
  volumes: SourceVolumeInput[];
  claims: SourceClaimInput[];
  /** By name: the StorageClasses of the source volumes (their provisioner decides the snapshot product). */
  storageClasses: Map<string, StorageClassInput>;
  usedBytesSamples: UsedBytesSample[];
  changeRates: ChangeRateSettings;
  catalog: CatalogPrice[];
  overrides: OverrideRule[];
  exchangeRates: ExchangeRateRule[];
  displayCurrency: string;
}
