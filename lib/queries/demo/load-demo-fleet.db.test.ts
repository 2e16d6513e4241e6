import { describe, expect, it } from "vitest";
import { createPrisma } from "../../db/prisma";
import { generateDemoFleet } from "../../demo/generate-demo-fleet";
import { setUpTestDatabase } from "../../testing/test-database";
import { readFleetOverview } from "../overview/get-fleet-overview";
import { loadDemoFleet } from "./load-demo-fleet";

const { db, url } = setUpTestDatabase();
const now = new Date(Date.UTC(2026, 10, 21, 9, 30));
const fleet = generateDemoFleet({ now });

async function tableCounts() {
  return {
    clusters: await db.cluster.count(),
    volumes: await db.persistentVolume.count(),
    snapshots: await db.volumeSnapshot.count(),
    pods: await db.pod.count(),
    samples: await db.metricSample.count(),
  };
}

describe("loadDemoFleet", () => {
  it("loads every row of the fleet", async () => {
    const result = await loadDemoFleet(db, fleet);
    expect(result.loaded).toBe(true);
    expect(await tableCounts()).toEqual({
      clusters: fleet.clusters.length,
      volumes: fleet.persistentVolumes.length,
      snapshots: fleet.volumeSnapshots.length,
      pods: fleet.pods.length,
      samples: fleet.metricSamples.length,
    });
  });

  it("changes nothing when loaded a second time", async () => {
    await loadDemoFleet(db, fleet);
    const before = await tableCounts();
    expect(await loadDemoFleet(db, fleet)).toEqual({ loaded: false });
    expect(await tableCounts()).toEqual(before);
  });

  it("loads once when two loaders race", async () => {
    const other = createPrisma(url);
    try {
      const results = await Promise.all([loadDemoFleet(db, fleet), loadDemoFleet(other, fleet)]);
      expect(results.filter((r) => r.loaded)).toHaveLength(1);
      expect(await db.cluster.count()).toBe(fleet.clusters.length);
    } finally {
      await other.$disconnect();
    }
  });

  it("writes nothing when the load fails half-way", async () => {
    const broken = { ...fleet, pods: [...fleet.pods, { ...fleet.pods[0] }] } as typeof fleet;
    await expect(loadDemoFleet(db, broken)).rejects.toThrow();
    expect(await db.setting.count()).toBe(0);
    expect(await db.cluster.count()).toBe(0);
  });

  it("gives the Overview the fleet's three clusters and its live volumes", async () => {
    await loadDemoFleet(db, fleet);
    const overview = await readFleetOverview(db, { asOf: now, teamIds: null });
    const live = fleet.persistentVolumes.filter(
      (pv) => new Date(pv.createdAt) <= now && (!pv.deletedAt || new Date(pv.deletedAt) > now),
    );
    expect(overview.totals.clusters).toBe(3);
    expect(overview.totals.volumes).toBe(live.length);
    expect(overview.totals.capacityBytes).toBe(
      String(live.reduce((sum, pv) => sum + BigInt(pv.capacityBytes), 0n)),
    );
  });
});
