import { describe, expect, it } from "vitest";
import { createCluster, createOrganization, createStorageClass } from "../../testing/factories";
import { setUpTestDatabase } from "../../testing/test-database";
import { loadBundledCatalog } from "../pricing/load-bundled-catalog";
import { readRecommendations } from "../recommendations/list-recommendations";
import { readGpuIdleReport } from "./get-gpu-idle-report";

const { db } = setUpTestDatabase();

/** GPU pods per cluster, as in the issue: two such clusters answered 500 for the whole fleet. */
const PODS = 50_000;
const T0 = "2026-11-21T00:00:00Z";
const now = new Date(Date.UTC(2026, 10, 22));
const window = { from: "2026-11-21", to: "2026-11-21" };

/**
 * A cluster of PODS one-GPU pods, eight to a p5.48xlarge node, ten to a Job, each running one hour
 * from T0 with its own dataset claim and PV, and GPU utilisation 0.5 sampled every 30 minutes:
 * written by set-based SQL, so the test spends its time reading.
 */
async function seedGpuCluster(orgId: string, name: string): Promise<void> {
  const cluster = await createCluster(db, orgId, { name, provider: "aws", region: "us-east-1" });
  await createStorageClass(db, cluster.id, { name: "gp3", provisioner: "ebs.csi.aws.com" });
  const sql = (text: string, ...params: string[]) => db.$executeRawUnsafe(text, cluster.id, ...params);
  const pods = `generate_series(1, ${PODS}) AS i`;
  await sql(
    `INSERT INTO node (cluster_id, uid, name, instance_type, region, node_pool, gpu_count, created_at,
               first_seen_at, last_seen_at)
             SELECT $1::uuid, 'node-' || n, 'gpu-' || n, 'p5.48xlarge', 'us-east-1', 'h100', 8,
                    $2::timestamptz - interval '1 day', $2::timestamptz, $2::timestamptz
               FROM generate_series(1, ${PODS / 8}) AS n`,
    T0,
  );
  await sql(
    `INSERT INTO pod (cluster_id, uid, namespace, name, node_name, phase, started_at, finished_at,
               workload_kind, workload_name, gpu_request, gpu_resource_name, created_at, first_seen_at, last_seen_at)
             SELECT $1::uuid, 'pod-' || i, 'ml', 'train-' || i, 'gpu-' || ((i - 1) / 8 + 1), 'Succeeded',
                    $2::timestamptz, $2::timestamptz + interval '1 hour', 'Job', 'job-' || ((i - 1) / 10), 1,
                    'nvidia.com/gpu', $2::timestamptz, $2::timestamptz, $2::timestamptz FROM ${pods}`,
    T0,
  );
  await sql(`INSERT INTO pod_volume (cluster_id, pod_uid, volume_name, type, claim_name, role)
             SELECT $1::uuid, 'pod-' || i, 'data', 'persistentVolumeClaim', 'data-' || i, 'dataset'
               FROM ${pods}`);
  await sql(
    `INSERT INTO persistent_volume_claim (cluster_id, uid, namespace, name, storage_class_name,
               requested_bytes, access_modes, phase, volume_name, created_at, first_seen_at, last_seen_at)
             SELECT $1::uuid, 'pvc-' || i, 'ml', 'data-' || i, 'gp3', 107374182400, '{ReadWriteOnce}', 'Bound',
                    'pv-data-' || i, $2::timestamptz, $2::timestamptz, $2::timestamptz FROM ${pods}`,
    T0,
  );
  await sql(
    `INSERT INTO persistent_volume (cluster_id, uid, name, storage_class_name, capacity_bytes,
               access_modes, reclaim_policy, phase, csi_driver, claim_namespace, claim_name, created_at,
               first_seen_at, last_seen_at)
             SELECT $1::uuid, 'pv-uid-' || i, 'pv-data-' || i, 'gp3', 107374182400, '{ReadWriteOnce}', 'Delete',
                    'Bound', 'ebs.csi.aws.com', 'ml', 'data-' || i, $2::timestamptz, $2::timestamptz,
                    $2::timestamptz FROM ${pods}`,
    T0,
  );
  await sql(`INSERT INTO metric_series (id, cluster_id, metric, source_metric, series_key, namespace, pod)
             SELECT gen_random_uuid(), $1::uuid, 'gpu_utilization_ratio', 'DCGM_FI_DEV_GPU_UTIL',
                    '{pod="train-' || i || '"}', 'ml', 'train-' || i FROM ${pods}`);
  await sql(
    `INSERT INTO metric_sample (cluster_id, series_id, at, value)
             SELECT $1::uuid, s.id, $2::timestamptz + m * interval '1 minute', 0.5
               FROM metric_series s CROSS JOIN (VALUES (0), (30), (60)) AS minutes(m)
              WHERE s.cluster_id = $1::uuid`,
    T0,
  );
}

describe("GPU idle and recommendations for a fleet of two clusters of 50,000 GPU pods", () => {
  it("reads every pod of the fleet, far past PostgreSQL's 65,535 bind parameters", async () => {
    await loadBundledCatalog(db, { now });
    const org = await createOrganization(db);
    await seedGpuCluster(org.id, "train-a");
    await seedGpuCluster(org.id, "train-b");

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
      podCount: 2 * PODS,
      allocatedGpuHours: String(2 * PODS),
      busyGpuHours: String(PODS),
      idleGpuHours: String(PODS),
      unmeasuredGpuHours: "0",
      idleCost: String(PODS * 6.88),
      unpricedGpuHours: "0",
    });
    expect(report.groups.map((g) => [g.key, g.figures.podCount])).toEqual([
      ["train-a/ml", PODS],
      ["train-b/ml", PODS],
    ]);

    const recommendations = await readRecommendations(db, { now, teamIds: null });
    // Half-busy pods with no I/O pressure are not storage-bound: nothing to move for them.
    expect(
      recommendations.recommendations.filter((r) => r.recommendation.rule === "storage-bound-gpu-job"),
    ).toEqual([]);
  });
});
