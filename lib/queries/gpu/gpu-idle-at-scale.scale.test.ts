import { describe, expect, it } from "vitest";
import { createOrganization } from "../../testing/factories";
import { seedGpuFleetCluster } from "../../testing/seed-gpu-fleet-cluster";
import { setUpTestDatabase } from "../../testing/test-database";
import { loadBundledCatalog } from "../pricing/load-bundled-catalog";
import { readRecommendations } from "../recommendations/list-recommendations";
import { readGpuIdleReport } from "./get-gpu-idle-report";

const { db } = setUpTestDatabase();

/**
 * GPU pods in one cluster: enough that reading them passed more than the bind parameters Prisma
 * allows on PostgreSQL (a pod's volumes were looked up by its two-column key: 34,000 here), few
 * enough for a busy machine. `npm run bench:gpu` measures the two clusters of 50,000.
 */
const PODS = 17_000;
const T0 = "2026-11-21T00:00:00Z";
const now = new Date(Date.UTC(2026, 10, 22));
const window = { from: "2026-11-21", to: "2026-11-21" };

describe(`GPU idle and recommendations for a cluster of ${PODS} GPU pods`, () => {
  it("reads every pod of the fleet, past the bind-parameter limit one parameter per pod would hit", async () => {
    await loadBundledCatalog(db, { now });
    const org = await createOrganization(db);
    await seedGpuFleetCluster(db, { orgId: org.id, name: "train-a", pods: PODS, startAt: T0 });

    const report = await readGpuIdleReport(db, {
      now,
      window,
      by: "namespace",
      page: 1,
      pageSize: 25,
      teamIds: null,
    });
    // Each pod: 1 GPU × 1 h, half busy; p5.48xlarge $55.04 ÷ 8 = $6.88 a GPU-hour.
    expect(report.totals).toMatchObject({
      podCount: PODS,
      allocatedGpuHours: String(PODS),
      busyGpuHours: String(PODS / 2),
      idleGpuHours: String(PODS / 2),
      unmeasuredGpuHours: "0",
      idleCost: String((PODS / 2) * 6.88),
      unpricedGpuHours: "0",
    });
    expect(report.groups.map((g) => [g.key, g.figures.podCount])).toEqual([["train-a/ml", PODS]]);

    const recommendations = await readRecommendations(db, { now, teamIds: null });
    // Half-busy pods with no I/O pressure are not storage-bound: nothing to move for them.
    expect(
      recommendations.recommendations.filter((r) => r.recommendation.rule === "storage-bound-gpu-job"),
    ).toEqual([]);
  });
});
