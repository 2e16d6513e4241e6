import { bundledCatalogPrices } from "../../pricing/catalog";
import { MS_PER_DAY } from "../day-window";
import type { WasteContext } from "./context";
import type {
  WasteClaim,
  WasteInventory,
  WastePodMount,
  WasteSnapshot,
  WasteSnapshotContent,
  WasteUsage,
  WasteVolume,
} from "./inventory";
import { DEFAULT_WASTE_THRESHOLDS, type WasteThresholds } from "./thresholds";

// Shared by the waste rule tests (not a test itself): a small AWS cluster on the bundled catalog
// (gp3 $0.08/GiB-month, EBS snapshots $0.05/GiB-month in us-east-1) and row builders with defaults.

export const GIB = 1024n ** 3n;
export const NOW = new Date(Date.UTC(2026, 11, 15, 12));
export const daysAgo = (days: number) => new Date(NOW.getTime() - days * MS_PER_DAY);

const catalog = bundledCatalogPrices();

export function context(thresholds: Partial<WasteThresholds> = {}): WasteContext {
  return {
    now: NOW,
    thresholds: { ...DEFAULT_WASTE_THRESHOLDS, ...thresholds },
    pricing: { catalog, overrides: [], exchangeRates: [], displayCurrency: "USD" },
  };
}

export function inventory(parts: Partial<WasteInventory> = {}): WasteInventory {
  return {
    cluster: { id: "c1", name: "prod", provider: "aws", region: "us-east-1" },
    namespaces: [
      { name: "ml", team: "Vision", deletedAt: null },
      { name: "old", team: "Research", deletedAt: daysAgo(40) },
    ],
    storageClasses: [
      { name: "gp3", provisioner: "ebs.csi.aws.com", parameters: { type: "gp3" } },
      { name: "efs", provisioner: "efs.csi.aws.com", parameters: { fileSystemId: "fs-1" } },
      { name: "local-nvme", provisioner: "kubernetes.io/no-provisioner", parameters: {} },
      { name: "mystery", provisioner: "example.com/array", parameters: {} },
    ],
    volumeAttributesClasses: [],
    volumes: [],
    claims: [],
    podMounts: [],
    snapshots: [],
    snapshotContents: [],
    usage: [],
    ...parts,
  };
}

export function volume(data: Partial<WasteVolume> & { name: string }): WasteVolume {
  return {
    uid: `uid-${data.name}`,
    storageClassName: "gp3",
    volumeAttributesClassName: null,
    capacityBytes: 500n * GIB,
    reclaimPolicy: "Retain",
    phase: "Bound",
    lastPhaseTransitionAt: null,
    csiDriver: "ebs.csi.aws.com",
    volumeHandle: `vol-${data.name}`,
    volumeAttributes: {},
    zone: "us-east-1a",
    region: null,
    claimNamespace: null,
    claimName: null,
    claimUid: null,
    annotations: {},
    createdAt: daysAgo(100),
    deletedAt: null,
    ...data,
  };
}

export function claim(data: Partial<WasteClaim> & { name: string }): WasteClaim {
  return {
    uid: `uid-${data.name}`,
    namespace: "ml",
    storageClassName: "gp3",
    volumeAttributesClassName: null,
    requestedBytes: 500n * GIB,
    capacityBytes: 500n * GIB,
    accessModes: ["ReadWriteOnce"],
    phase: "Bound",
    volumeName: null,
    ownerKind: null,
    ownerName: null,
    createdAt: daysAgo(100),
    deletedAt: null,
    ...data,
  };
}

/** A claim and its Bound PV, joined both ways. */
export function boundPair(
  name: string,
  data: { claim?: Partial<WasteClaim>; volume?: Partial<WasteVolume> } = {},
) {
  const c = claim({ name, volumeName: `pv-${name}`, ...data.claim });
  const v = volume({
    name: `pv-${name}`,
    claimNamespace: c.namespace,
    claimName: c.name,
    claimUid: c.uid,
    reclaimPolicy: "Delete",
    ...data.volume,
  });
  return { claim: c, volume: v };
}

export function mount(data: Partial<WastePodMount> & { claimName: string }): WastePodMount {
  return {
    namespace: "ml",
    podName: `pod-${data.claimName}`,
    createdAt: daysAgo(90),
    finishedAt: null,
    deletedAt: null,
    ...data,
  };
}

export function snapshot(data: Partial<WasteSnapshot> & { name: string }): WasteSnapshot {
  return {
    uid: `uid-${data.name}`,
    namespace: "ml",
    sourcePvcName: null,
    volumeSnapshotClassName: "ebs",
    boundContentName: `snapcontent-${data.name}`,
    creationTime: data.createdAt ?? daysAgo(10),
    restoreSizeBytes: 500n * GIB,
    labels: {},
    createdAt: daysAgo(10),
    deletedAt: null,
    ...data,
  };
}

/** The content bound to a snapshot (or standing alone when `of` is omitted). */
export function content(
  data: Partial<WasteSnapshotContent> & { name: string },
  of?: WasteSnapshot,
): WasteSnapshotContent {
  return {
    uid: `uid-${data.name}`,
    driver: "ebs.csi.aws.com",
    deletionPolicy: "Delete",
    volumeSnapshotClassName: "ebs",
    sourceVolumeHandle: null,
    snapshotHandle: `snap-${data.name}`,
    snapshotRefNamespace: of?.namespace ?? "ml",
    snapshotRefName: of?.name ?? "gone",
    snapshotRefUid: of?.uid ?? "uid-gone",
    creationTime: of?.creationTime ?? daysAgo(10),
    restoreSizeBytes: of?.restoreSizeBytes ?? 500n * GIB,
    storedBytes: null,
    storedBytesSource: null,
    storageTier: "standard",
    labels: {},
    createdAt: of?.createdAt ?? daysAgo(10),
    deletedAt: null,
    ...data,
  };
}

export function usage(data: Partial<WasteUsage> & { claimName: string }): WasteUsage {
  return {
    namespace: "ml",
    samples: 30,
    p95UsedBytes: 50 * 1024 ** 3,
    maxUsedBytes: 55 * 1024 ** 3,
    windowStart: daysAgo(30),
    windowEnd: NOW,
    ...data,
  };
}
