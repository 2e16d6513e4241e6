import { bundledCatalogPrices } from "../../pricing/catalog";
import { Dec, sum } from "../../pricing/decimal";
import type { DayCostFact } from "../cost-fact";
import { MS_PER_DAY } from "../day-window";
import { parseChangeRateSettings } from "./change-rate";
import type { SnapshotContentInput, SnapshotCostingInput, VolumeSnapshotInput } from "./types";

// Fixtures for the snapshot costing tests: a 500 GiB gp3 volume in us-east-1 and its daily chain.

export const GIB = 1024n ** 3n;
export const CLUSTER = "cluster-1";
export const HANDLE = "vol-0abc";
export const catalog = bundledCatalogPrices();

export const utc = (month: number, day: number, hour = 0) => new Date(Date.UTC(2026, month - 1, day, hour));

export function content(uid: string, over: Partial<SnapshotContentInput> = {}): SnapshotContentInput {
  const created = over.creationTime ?? over.createdAt ?? utc(10, 1);
  return {
    uid,
    name: `snapcontent-${uid}`,
    driver: "ebs.csi.aws.com",
    deletionPolicy: "Delete",
    volumeSnapshotClassName: "ebs",
    sourceVolumeHandle: HANDLE,
    sourceSnapshotHandle: null,
    snapshotHandle: `snap-${uid}`,
    snapshotRefNamespace: "ml",
    snapshotRefName: `snap-${uid}`,
    snapshotRefUid: `vs-${uid}`,
    creationTime: created,
    createdAt: created,
    deletedAt: null,
    restoreSizeBytes: 500n * GIB,
    storedBytes: null,
    storedBytesSource: null,
    storedBytesObservedAt: null,
    baseSnapshotHandle: null,
    storageTier: "standard",
    ...over,
  };
}

export function snapshotOf(
  c: SnapshotContentInput,
  over: Partial<VolumeSnapshotInput> = {},
): VolumeSnapshotInput {
  return {
    uid: c.snapshotRefUid ?? `vs-${c.uid}`,
    namespace: c.snapshotRefNamespace ?? "ml",
    name: c.snapshotRefName ?? c.uid,
    sourcePvcName: "data",
    boundContentName: c.name,
    createdAt: c.createdAt,
    deletedAt: c.deletedAt,
    ...over,
  };
}

/** `count` snapshots, one a day at 00:00 UTC from `first`, of a 500 GiB gp3 volume with 500 GiB used. */
export function dailyChain(count: number, first = utc(10, 2)): SnapshotContentInput[] {
  return Array.from({ length: count }, (_, i) =>
    content(`s${String(i + 1).padStart(2, "0")}`, {
      creationTime: new Date(first.getTime() + i * MS_PER_DAY),
    }),
  );
}

/** The costing input of one AWS cluster (us-east-1) holding `contents`, each with its VolumeSnapshot. */
export function costingInput(
  contents: SnapshotContentInput[],
  over: Partial<SnapshotCostingInput> = {},
): SnapshotCostingInput {
  return {
    clusterId: CLUSTER,
    provider: "aws",
    region: "us-east-1",
    contents,
    snapshots: contents.map((c) => snapshotOf(c)),
    volumes: [
      {
        uid: "pv-1",
        name: "pvc-1",
        volumeHandle: HANDLE,
        storageClassName: "gp3",
        csiDriver: "ebs.csi.aws.com",
        region: null,
        zone: "us-east-1a",
        capacityBytes: 500n * GIB,
        claimNamespace: "ml",
        claimName: "data",
        claimUid: "pvc-uid-1",
        createdAt: utc(9, 1),
        deletedAt: null,
        volumeAttributes: {},
        annotations: {},
      },
    ],
    claims: [{ uid: "pvc-uid-1", namespace: "ml", name: "data", createdAt: utc(9, 1), deletedAt: null }],
    storageClasses: new Map([
      ["gp3", { name: "gp3", provisioner: "ebs.csi.aws.com", parameters: { type: "gp3" } }],
    ]),
    // kubelet_volume_stats_used_bytes: 500 GiB used, one sample each day at 00:00.
    usedBytesSamples: Array.from({ length: 120 }, (_, i) => ({
      namespace: "ml",
      claim: "data",
      at: new Date(utc(9, 1).getTime() + i * MS_PER_DAY),
      bytes: Number(500n * GIB),
    })),
    changeRates: parseChangeRateSettings(undefined),
    catalog,
    overrides: [],
    exchangeRates: [],
    displayCurrency: "USD",
    ...over,
  };
}

export const totalCost = (facts: DayCostFact[]) => sum(facts.map((f) => f.cost ?? new Dec(0)));
export const GiB = (bytes: Dec | bigint | string | null) =>
  new Dec((bytes ?? "0").toString()).div(GIB.toString());
