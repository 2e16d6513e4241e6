import { describe, expect, it } from "vitest";
import { createCostFacts, createShowbackOrg } from "../../testing/cost-factories";
import { getVolumeDetailOrThrow } from "../../testing/every-team-reads";
import { createPersistentVolume, GIB } from "../../testing/factories";
import { setUpTestDatabase } from "../../testing/test-database";

const { db } = setUpTestDatabase();
const MARCH = { from: "2026-03-01", to: "2026-03-31" };

async function usedBytes(clusterId: string, namespace: string, claim: string, samples: [string, number][]) {
  const series = await db.metricSeries.create({
    data: {
      clusterId,
      metric: "volume_used_bytes",
      sourceMetric: "kubelet_volume_stats_used_bytes",
      seriesKey: `${namespace}/${claim}`,
      namespace,
      persistentVolumeClaim: claim,
    },
  });
  await db.metricSample.createMany({
    data: samples.map(([at, value]) => ({ clusterId, seriesId: series.id, at: new Date(at), value })),
  });
}

describe("getVolumeDetailOrThrow", () => {
  it("gives the volume's cost by day and component, its usage while bound, and its revisions", async () => {
    const { prod } = await createShowbackOrg(db);
    await createPersistentVolume(db, prod.id, {
      uid: "pv-1",
      name: "pvc-1",
      capacityBytes: 200n * GIB,
      createdAt: new Date(Date.UTC(2026, 1, 1)),
      claimNamespace: "ml",
      claimName: "data",
      storageClassName: "gp3",
    });
    const revision = (
      validFrom: string,
      validTo: string | null,
      capacityBytes: bigint,
      claimName: string | null,
    ) =>
      db.persistentVolumeRevision.create({
        data: {
          clusterId: prod.id,
          uid: "pv-1",
          validFrom: new Date(validFrom),
          validTo: validTo ? new Date(validTo) : null,
          capacityBytes,
          phase: claimName ? "Bound" : "Available",
          storageClassName: "gp3",
          claimNamespace: claimName ? "ml" : null,
          claimName,
        },
      });
    await revision("2026-02-01T00:00:00Z", "2026-03-02T12:00:00Z", 100n * GIB, "old");
    await revision("2026-03-02T12:00:00Z", null, 200n * GIB, "data");
    // Samples of claim "data" before this volume was bound to it belong to another volume.
    await usedBytes(prod.id, "ml", "data", [
      ["2026-03-01T06:00:00Z", 999],
      ["2026-03-02T18:00:00Z", 40],
      ["2026-03-02T20:00:00Z", 60],
      ["2026-03-03T10:00:00Z", 70],
    ]);
    await usedBytes(prod.id, "ml", "old", [
      ["2026-03-01T06:00:00Z", 10],
      ["2026-03-02T18:00:00Z", 555],
    ]);
    await createCostFacts(db, [
      { clusterId: prod.id, resourceUid: "pv-1", day: "2026-03-02", namespace: "ml", cost: "0.3" },
      {
        clusterId: prod.id,
        resourceUid: "pv-1",
        day: "2026-03-02",
        namespace: "ml",
        component: "iops",
        status: "unpriced",
      },
      { clusterId: prod.id, resourceUid: "pv-1", day: "2026-03-03", namespace: "ml", cost: "0.5" },
      { clusterId: prod.id, resourceUid: "pv-1", day: "2026-04-01", namespace: "ml", cost: "0.5" },
    ]);

    const result = await getVolumeDetailOrThrow(db, { ...MARCH, cluster: "prod", uid: "pv-1" });
    expect(result.volume).toMatchObject({
      clusterName: "prod",
      name: "pvc-1",
      capacityBytes: String(200n * GIB),
    });
    expect(result.total).toBe("0.8");
    expect(result.costHistory).toEqual([
      {
        day: "2026-03-02",
        total: "0.3",
        unpriced: true,
        components: [
          expect.objectContaining({ component: "capacity", cost: "0.3" }),
          expect.objectContaining({ component: "iops", cost: null, status: "unpriced" }),
        ],
      },
      {
        day: "2026-03-03",
        total: "0.5",
        unpriced: false,
        components: [expect.objectContaining({ cost: "0.5" })],
      },
    ]);
    expect(result.usage).toEqual([
      { day: "2026-03-01", maxUsedBytes: 10, avgUsedBytes: 10 },
      { day: "2026-03-02", maxUsedBytes: 60, avgUsedBytes: 50 },
      { day: "2026-03-03", maxUsedBytes: 70, avgUsedBytes: 70 },
    ]);
    expect(result.revisions.map((r) => [r.claimName, r.capacityBytes])).toEqual([
      ["data", String(200n * GIB)],
      ["old", String(100n * GIB)],
    ]);
    expect(result.factDays).toEqual({ first: "2026-03-02", last: "2026-04-01" });
  });

  it("names a volume that does not exist", async () => {
    await createShowbackOrg(db);
    await expect(getVolumeDetailOrThrow(db, { ...MARCH, cluster: "prod", uid: "nope" })).rejects.toThrow(
      /No PersistentVolume with uid "nope" in cluster "prod"/,
    );
  });
});
