import { describe, expect, it } from "vitest";
import { computeSnapshotDayFacts } from "../../../costing/snapshots";
import { SNAPSHOT_CHANGE_RATES_KEY } from "../../../costing/snapshots/change-rate";
import { Dec, sum } from "../../../pricing/decimal";
import { storeDayFacts } from "../../../testing/cost-factories";
import { createCluster, createOrganization, createPersistentVolume, GIB } from "../../../testing/factories";
import { createStorageClassWithParameters } from "../../../testing/price-factories";
import { setUpTestDatabase } from "../../../testing/test-database";
import { loadBundledCatalog } from "../../pricing/load-bundled-catalog";
import { loadSnapshotCostingInput } from "./load-snapshot-costing-input";

const { db } = setUpTestDatabase();

const utc = (month: number, day: number, hour = 0) => new Date(Date.UTC(2026, month - 1, day, hour));
const life = (createdAt: Date, deletedAt: Date | null = null) => ({
  createdAt,
  deletedAt,
  firstSeenAt: createdAt,
  lastSeenAt: deletedAt ?? utc(11, 20),
});

async function seed() {
  const org = await createOrganization(db);
  const cluster = await createCluster(db, org.id, { name: "prod", provider: "aws", region: "us-east-1" });
  const clusterId = cluster.id;
  await loadBundledCatalog(db, { now: utc(11, 21) });
  await db.setting.create({
    data: { key: SNAPSHOT_CHANGE_RATES_KEY, value: { default: "0.05", byNamespace: { ml: "0.1" } } },
  });
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
      requestedBytes: 100n * GIB,
      accessModes: ["ReadWriteOnce"],
      phase: "Bound",
      volumeName: "pv-data",
      ...life(utc(10, 1)),
    },
  });
  await createPersistentVolume(db, clusterId, {
    uid: "pv-data-uid",
    name: "pv-data",
    capacityBytes: 100n * GIB,
    storageClassName: "gp3",
    csiDriver: "ebs.csi.aws.com",
    volumeHandle: "vol-data",
    zone: "us-east-1a",
    claimNamespace: "ml",
    claimName: "data",
    claimUid: "pvc-data",
    createdAt: utc(10, 1),
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
  // 80 GiB used until Nov 2 12:00, then 90 GiB; the Nov 5 sample is after every snapshot.
  for (const [at, gib] of [
    [utc(10, 31, 23), 80n],
    [utc(11, 2, 12), 90n],
    [utc(11, 5), 95n],
  ] as const) {
    await db.metricSample.create({ data: { clusterId, seriesId: series.id, at, value: Number(gib * GIB) } });
  }
  for (const day of [1, 2, 3]) {
    await snapshot(clusterId, `s${day}`, "vol-data", utc(11, day));
  }
  // A retained snapshot of a volume long gone, whose VolumeSnapshot was deleted.
  await snapshot(clusterId, "orphan", "vol-gone", utc(9, 1), { retain: true, snapshotDeletedAt: utc(9, 10) });
  return clusterId;
}

async function snapshot(
  clusterId: string,
  id: string,
  handle: string,
  at: Date,
  options: { retain?: boolean; snapshotDeletedAt?: Date } = {},
) {
  await db.volumeSnapshot.create({
    data: {
      clusterId,
      uid: `vs-${id}`,
      namespace: "ml",
      name: id,
      sourcePvcName: handle === "vol-data" ? "data" : "old",
      boundContentName: `content-${id}`,
      creationTime: at,
      restoreSizeBytes: 100n * GIB,
      ...life(at, options.snapshotDeletedAt ?? null),
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
      snapshotRefName: id,
      snapshotRefUid: `vs-${id}`,
      creationTime: at,
      restoreSizeBytes: handle === "vol-data" ? 100n * GIB : 50n * GIB,
      ...life(at),
    },
  });
}

describe("loadSnapshotCostingInput", () => {
  // Nov 10 (November: 720 h; $0.05/GB-month; the namespace ml changes 10 %/day):
  //   s1: used bytes at Nov 1 00:00 (sample Oct 31 23:00) = 80 GiB
  //   s2: 0.1 × 80 GiB × 1 day = 8 GiB (latest sample before Nov 2 00:00: 80 GiB)
  //   s3: 0.1 × 90 GiB × 1 day = 9 GiB (latest sample before Nov 3 00:00: 90 GiB, Nov 2 12:00)
  //   orphan: no samples, restoreSize 50 GiB as an upper bound; unallocated, likely owner ml
  //   (80 + 8 + 9 + 50) GiB × $0.05 × 24/720 = 147 × 0.05 / 30 = $0.245
  it("loads a chain with its samples and settings, and computes its facts", async () => {
    const clusterId = await seed();
    const input = await loadSnapshotCostingInput(db, { clusterId, from: "2026-11-10", to: "2026-11-10" });
    expect(input.contents.map((c) => c.uid).sort()).toEqual(["vsc-orphan", "vsc-s1", "vsc-s2", "vsc-s3"]);
    expect(input.changeRates.byNamespace.get("ml")?.toFixed()).toBe("0.1");
    expect(input.storageClasses.get("gp3")?.provisioner).toBe("ebs.csi.aws.com");
    expect(input.usedBytesSamples.map((s) => s.at.toISOString()).sort()).toEqual([
      "2026-10-31T23:00:00.000Z",
      "2026-11-02T12:00:00.000Z",
    ]);

    const facts = computeSnapshotDayFacts(input, { from: "2026-11-10", to: "2026-11-10" });
    const byUid = new Map(facts.map((f) => [f.resourceUid, f]));
    const gib = (uid: string) => byUid.get(uid)?.quantity.toFixed();
    expect([gib("vsc-s1"), gib("vsc-s2"), gib("vsc-s3"), gib("vsc-orphan")]).toEqual(["80", "8", "9", "50"]);
    expect(byUid.get("vsc-s2")?.detail).toMatchObject({
      changeRate: "0.1",
      changeRateSource: "namespace:ml",
    });
    expect(byUid.get("vsc-s1")).toMatchObject({
      allocation: "allocated",
      namespace: "ml",
      storageClassName: "gp3",
    });
    expect(byUid.get("vsc-orphan")).toMatchObject({ allocation: "unallocated", likelyOwnerNamespace: "ml" });
    expect(byUid.get("vsc-orphan")?.reason).toContain("upper bound");
    expect(sum(facts.map((f) => f.cost ?? new Dec(0))).toFixed(3)).toBe("0.245");
    expect(facts.every((f) => f.priceEntryId !== null && f.priceSourceDate === "2024-07-01")).toBe(true);

    await storeDayFacts(db, {
      clusterId,
      from: "2026-11-10",
      to: "2026-11-10",
      facts,
      computedAt: utc(11, 21),
    });
    const stored = await db.costFact.findMany({ where: { clusterId, category: "snapshot" } });
    expect(stored).toHaveLength(4);
    expect(stored.reduce((total, f) => total.plus(f.cost?.toString() ?? "0"), new Dec(0)).toFixed(3)).toBe(
      "0.245",
    );
  });

  it("leaves out snapshots deleted before the window and other clusters' snapshots", async () => {
    const clusterId = await seed();
    const org = await createOrganization(db);
    const other = await createCluster(db, org.id, { name: "other", provider: "aws", region: "us-east-1" });
    await snapshot(other.id, "elsewhere", "vol-x", utc(11, 1));
    await db.volumeSnapshotContent.update({
      where: { clusterId_uid: { clusterId, uid: "vsc-orphan" } },
      data: { deletedAt: utc(10, 1) },
    });
    const input = await loadSnapshotCostingInput(db, { clusterId, from: "2026-11-10", to: "2026-11-10" });
    expect(input.contents.map((c) => c.uid).sort()).toEqual(["vsc-s1", "vsc-s2", "vsc-s3"]);
  });
});
