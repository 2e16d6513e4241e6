/**
 * The demo fleet's intermediate model: each cluster's scenario is described as plans (what exists and
 * what happens to it when), and separate builders turn plans into database rows. Plans carry Dates;
 * rows carry whatever Prisma accepts.
 */
export type DemoProvider = "aws" | "azure" | "gcp";
export type Labels = Record<string, string>;

export interface DemoCluster {
  id: string;
  name: string;
  provider: DemoProvider;
  region: string;
  /** Zones nodes and disks are spread over; the first holds the GPU node pools. */
  zones: readonly string[];
  observationId: string;
  createdAt: Date;
  /** AWS account id, Azure subscription id or GCP project id. */
  cloudAccount: string;
  /** Azure only: the node resource group (MC_...) that holds the cluster's disks and snapshots. */
  resourceGroup?: string;
}

export interface DemoTeam {
  id: string;
  slug: string;
  name: string;
  costCentre: string;
}

export interface NamespacePlan {
  name: string;
  team?: DemoTeam;
  createdAt: Date;
  deletedAt?: Date;
  labels?: Labels;
}

/** How well a tier feeds a GPU job reading a dataset: the demo's ground truth for the GPU-idle story. */
export type TierSpeed = "fast" | "slow" | "local";

export interface StorageClassPlan {
  name: string;
  provisioner: string;
  parameters: Labels;
  reclaimPolicy: "Delete" | "Retain";
  bindingMode: "Immediate" | "WaitForFirstConsumer";
  allowExpansion: boolean;
  isDefault: boolean;
  createdAt: Date;
  /** zonal: a disk in one zone; regional: a file system reachable from the region; local: one node's disk. */
  topology: "zonal" | "regional" | "local";
  speed: TierSpeed;
}

export interface VolumeAttributesClassPlan {
  name: string;
  driverName: string;
  parameters: Labels;
  createdAt: Date;
}

export interface SnapshotClassPlan {
  name: string;
  driver: string;
  deletionPolicy: "Delete" | "Retain";
  parameters: Labels;
  createdAt: Date;
}

export interface NodePlan {
  uid: string;
  name: string;
  instanceType: string;
  pool: string;
  zone: string;
  capacityType: "on-demand" | "spot";
  gpuModel?: string;
  gpuCount: number;
  gpuMemoryMib?: number;
  providerId: string;
  labels: Labels;
  createdAt: Date;
}

export type VolumeRoleName = "dataset" | "checkpoint" | "scratch" | "other";

export interface ClaimPlan {
  uid: string;
  namespace: string;
  name: string;
  createdAt: Date;
  deletedAt?: Date;
  labels: Labels;
  annotations: Labels;
  ownerKind?: string;
  ownerName?: string;
  dataSourceKind?: string;
  dataSourceName?: string;
}

/** A claim that never bound (WaitForFirstConsumer with no pod yet): it has no volume. */
export interface PendingClaimPlan extends ClaimPlan {
  storageClass: StorageClassPlan;
  requestedGi: number;
  accessModes: string[];
}

/** Used bytes as a fraction of capacity, moving linearly from `from` to `to` over the volume's life. */
export interface UsagePlan {
  from: number;
  to: number;
  jitter: number;
}

export interface VolumePlan {
  pvUid: string;
  pvName: string;
  storageClass: StorageClassPlan;
  volumeAttributesClassName?: string;
  createdAt: Date;
  /** Capacity over time, oldest first; sizes[0].from is createdAt. A resize adds an entry. */
  sizes: { from: Date; gi: number }[];
  accessModes: string[];
  reclaimPolicy: "Delete" | "Retain";
  zone?: string;
  csiDriver: string | null;
  volumeHandle: string | null;
  volumeAttributes: Labels;
  labels: Labels;
  annotations: Labels;
  /** The claim this volume is (or was) bound to. */
  claim?: ClaimPlan;
  /** A pre-provisioned volume bound after it was created (Available until then). */
  boundAt?: Date;
  /** A released volume someone finally deleted. */
  deletedAt?: Date;
  usage: UsagePlan;
  /** Measured IOPS, for volumes whose provisioned performance is part of the story (io2). */
  measuredIops?: { read: number; write: number };
}

export type PodVolumeTypeName = "persistentVolumeClaim" | "ephemeral" | "emptyDir" | "hostPath" | "other";

export interface PodVolumePlan {
  name: string;
  type: PodVolumeTypeName;
  claimName?: string;
  readOnly?: boolean;
  sizeLimitGi?: number;
  role?: VolumeRoleName;
}

/** starved: waits on a slow dataset tier; fed: a fast tier keeps it busy; serving: inference load. */
export type GpuProfile = "starved" | "fed" | "serving";

export interface PodPlan {
  uid: string;
  namespace: string;
  name: string;
  nodeName: string;
  phase: "Pending" | "Running" | "Succeeded" | "Failed";
  createdAt: Date;
  startedAt: Date;
  finishedAt?: Date;
  deletedAt?: Date;
  ownerKind?: string;
  ownerName?: string;
  workloadKind?: string;
  workloadName?: string;
  gpuRequest: string;
  gpuResourceName?: string;
  labels: Labels;
  annotations: Labels;
  volumes: PodVolumePlan[];
  gpuProfile?: GpuProfile;
  /** The main container (dcgm-exporter and cAdvisor label their series with it). */
  container: string;
  /** dcgm-exporter's modelName label for the node's GPUs. */
  gpuModelName?: string;
}

export interface SnapshotPlan {
  uid: string;
  namespace: string;
  name: string;
  sourcePvcName: string;
  className: string;
  driver: string;
  deletionPolicy: "Delete" | "Retain";
  createdAt: Date;
  restoreBytes: bigint;
  sourceVolumeHandle: string;
  snapshotHandle: string;
  contentUid: string;
  contentName: string;
  /** The VolumeSnapshot's deletion; a Delete-policy content goes with it, a Retain one stays. */
  deletedAt?: Date;
  /** false: the VolumeSnapshot was deleted before Tierscope ever saw it (only its content remains). */
  snapshotObserved: boolean;
  storedBytes?: bigint;
  labels: Labels;
}

export interface ClusterScenario {
  cluster: DemoCluster;
  namespaces: NamespacePlan[];
  storageClasses: StorageClassPlan[];
  volumeAttributesClasses: VolumeAttributesClassPlan[];
  snapshotClasses: SnapshotClassPlan[];
  nodes: NodePlan[];
  volumes: VolumePlan[];
  pendingClaims: PendingClaimPlan[];
  pods: PodPlan[];
  snapshots: SnapshotPlan[];
}
