import { MS_PER_DAY } from "../../costing/day-window";
import { computeSnapshotDayFacts } from "../../costing/snapshots";
import type { Db } from "../../db/prisma";
import { Dec } from "../../pricing/decimal";
import { storeDayFacts } from "../../testing/cost-factories";
import { createCluster, createOrganization, createPersistentVolume, GIB } from "../../testing/factories";
import { createStorageClassWithParameters } from "../../testing/price-factories";
import { loadSnapshotCostingInput } from "../costs/snapshots/load-snapshot-costing-input";
import { loadBundledCatalog } from "../pricing/load-bundled-catalog";

// The database tests' fleet, the same chain lib/costing/snapshots tests by hand: a 500 GiB gp3
// volume in us-east-1 with 500 GiB used, snapshotted daily at 00:00 UTC from Oct 2 to Oct 31 (30
// snapshots), read at NOW = Nov 1 00:00. EBS snapshots: $0.05/GB-month (GiB, as AWS bills them).
//   first snapshot: a full copy of the used bytes, 500 GiB; each later one 5 %/day × 500 GiB = 25 GiB
//   now: 500 + 29 × 25 = 1,225 GiB → $61.25/month
// Beside it, a retained content of a volume long gone whose VolumeSnapshot was deleted: no used
// bytes known, so restoreSize (50 GiB) stands for it, an upper bound → $2.50/month, unallocated.

export const utc = (month: number, day: number, hour = 0) => new Date(Date.UTC(2026, month - 1, day, hour));
export const NOW = utc(11, 1);
export const HANDLE = "vol-0abc";
export const CHAIN_ID = `volume:${HANDLE}`;
export const ORPHAN_CHAIN_ID = "volume:vol-gone";

const life = (createdAt: Date, deletedAt: Date | null = null) => ({
  createdAt,
  deletedAt,
  firstSeenAt: createdAt,
  lastSeenAt: deletedAt ?? NOW,
});

export async function seedSnapshot(
  db: Db,
  clusterId: string,
  id: string,
  at: Date,
  options: {
    handle?: string;
    retain?: boolean;
    snapshotDeletedAt?: Date;
    deletedAt?: Date;
    restoreGi?: bigint;
  } = {},
) {
  const handle = options.handle ?? HANDLE;
  await db.volumeSnapshot.create({
    data: {
      clusterId,
      uid: `vs-${id}`,
      namespace: "ml",
      name: `snap-${id}`,
      sourcePvcName: handle === HANDLE ? "data" : "old",
      boundContentName: `content-${id}`,
      creationTime: at,
      restoreSizeBytes: (options.restoreGi ?? 500n) * GIB,
      ...life(at, options.snapshotDeletedAt ?? options.deletedAt ?? null),
    },
  });
  await db.volumeSnapshotContent.create({
    data: {
      clusterId,
      uid: `vsc-${id}`,
      name: `content-${id}`,
      driver: "ebs.csi.aws.com",
      deletionPolicy: options.retain ? "Retain" : "Delete",
      sourceVolumeHandle: handle,
      snapshotHandle: `snap-${id}`,
      snapshotRefNamespace: "ml",
      snapshotRefName: `snap-${id}`,
      snapshotRefUid: `vs-${id}`,
      creationTime: at,
      restoreSizeBytes: (options.restoreGi ?? 500n) * GIB,
      ...life(at, options.deletedAt ?? null),
    },
  });
}

/** A cluster "prod" with the 30-day chain (s01 … s30) and the orphan; returns its id. */
export async function seedSnapshotChains(db: Db, options: { name?: string } = {}): Promise<string> {
  const org = await createOrganization(db);
  const cluster = await createCluster(db, org.id, {
    name: options.name ?? "prod",
    provider: "aws",
    region: "us-east-1",
  });
  const clusterId = cluster.id;
  await loadBundledCatalog(db, { now: utc(9, 1) });
  await createStorageClassWithParameters(db, clusterId, {
    name: "gp3",
    provisioner: "ebs.csi.aws.com",
    parameters: { type: "gp3" },
  });
  await db.persistentVolumeClaim.create({
    data: {
      clusterId,
      uid: "pvc-data",
      namespace: "ml",
      name: "data",
      storageClassName: "gp3",
      requestedBytes: 500n * GIB,
      accessModes: ["ReadWriteOnce"],
      phase: "Bound",
      volumeName: "pv-data",
      ...life(utc(9, 1)),
    },
  });
  await createPersistentVolume(db, clusterId, {
    uid: "pv-data-uid",
    name: "pv-data",
    capacityBytes: 500n * GIB,
    storageClassName: "gp3",
    csiDriver: "ebs.csi.aws.com",
    volumeHandle: HANDLE,
    zone: "us-east-1a",
    claimNamespace: "ml",
    claimName: "data",
    claimUid: "pvc-data",
    createdAt: utc(9, 1),
  });
  const series = await db.metricSeries.create({
    data: {
      clusterId,
      metric: "volume_used_bytes",
      sourceMetric: "kubelet_volume_stats_used_bytes",
      seriesKey: "ml/data",
      namespace: "ml",
      persistentVolumeClaim: "data",
    },
  });
  // kubelet_volume_stats_used_bytes: 500 GiB used, one sample a day at 00:00.
  await db.metricSample.createMany({
    data: Array.from({ length: 62 }, (_, i) => ({
      clusterId,
      seriesId: series.id,
      at: new Date(utc(9, 1).getTime() + i * MS_PER_DAY),
      value: Number(500n * GIB),
    })),
  });
  for (let i = 0; i < 30; i++) {
    await seedSnapshot(
      db,
      clusterId,
      `s${String(i + 1).padStart(2, "0")}`,
      new Date(utc(10, 2).getTime() + i * MS_PER_DAY),
    );
  }
  await seedSnapshot(db, clusterId, "orphan", utc(9, 1), {
    handle: "vol-gone",
    retain: true,
    snapshotDeletedAt: utc(9, 10),
    restoreGi: 50n,
  });
  return clusterId;
}

/** The snapshot cost facts of [from, to], as `tierscope demo` computes and stores them. */
export async function computeSnapshotFacts(
  db: Db,
  clusterId: string,
  from: string,
  to: string,
): Promise<void> {
  const input = await loadSnapshotCostingInput(db, { clusterId, from, to });
  const facts = computeSnapshotDayFacts(input, { from, to });
  await storeDayFacts(db, { clusterId, from, to, facts, computedAt: NOW });
}

/** Bytes as GiB, exactly: "1315333734400" → "1225". */
export const GiB = (bytes: string | null) =>
  bytes === null ? null : new Dec(bytes).div(GIB.toString()).toFixed();
