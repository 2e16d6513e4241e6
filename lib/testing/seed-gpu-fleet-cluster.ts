import type { Db } from "../db/prisma";
import { createCluster, createStorageClass } from "./factories";

/**
 * A cluster of `pods` one-GPU pods, eight to a p5.48xlarge node, ten to a Job, each running one hour
 * from `startAt` with its own dataset claim and PV, and GPU utilisation 0.5 sampled every 30 minutes:
 * written by set-based SQL, so a test or benchmark spends its time reading.
 */
export async function seedGpuFleetCluster(
  db: Db,
  { orgId, name, pods: podCount, startAt }: { orgId: string; name: string; pods: number; startAt: string },
): Promise<void> {
  const cluster = await createCluster(db, orgId, { name, provider: "aws", region: "us-east-1" });
  await createStorageClass(db, cluster.id, { name: "gp3", provisioner: "ebs.csi.aws.com" });
  const sql = (text: string, ...params: string[]) => db.$executeRawUnsafe(text, cluster.id, ...params);
  const series = `generate_series(1, ${podCount}) AS i`;
  await sql(
    `INSERT INTO node (cluster_id, uid, name, instance_type, region, node_pool, gpu_count, created_at,
               first_seen_at, last_seen_at)
             SELECT $1::uuid, 'node-' || n, 'gpu-' || n, 'p5.48xlarge', 'us-east-1', 'h100', 8,
                    $2::timestamptz - interval '1 day', $2::timestamptz, $2::timestamptz
               FROM generate_series(1, ${podCount / 8}) AS n`,
    startAt,
  );
  await sql(
    `INSERT INTO pod (cluster_id, uid, namespace, name, node_name, phase, started_at, finished_at,
               workload_kind, workload_name, gpu_request, gpu_resource_name, created_at, first_seen_at, last_seen_at)
             SELECT $1::uuid, 'pod-' || i, 'ml', 'train-' || i, 'gpu-' || ((i - 1) / 8 + 1), 'Succeeded',
                    $2::timestamptz, $2::timestamptz + interval '1 hour', 'Job', 'job-' || ((i - 1) / 10), 1,
                    'nvidia.com/gpu', $2::timestamptz, $2::timestamptz, $2::timestamptz FROM ${series}`,
    startAt,
  );
  await sql(`INSERT INTO pod_volume (cluster_id, pod_uid, volume_name, type, claim_name, role)
             SELECT $1::uuid, 'pod-' || i, 'data', 'persistentVolumeClaim', 'data-' || i, 'dataset'
               FROM ${series}`);
  await sql(
    `INSERT INTO persistent_volume_claim (cluster_id, uid, namespace, name, storage_class_name,
               requested_bytes, access_modes, phase, volume_name, created_at, first_seen_at, last_seen_at)
             SELECT $1::uuid, 'pvc-' || i, 'ml', 'data-' || i, 'gp3', 107374182400, '{ReadWriteOnce}', 'Bound',
                    'pv-data-' || i, $2::timestamptz, $2::timestamptz, $2::timestamptz FROM ${series}`,
    startAt,
  );
  await sql(
    `INSERT INTO persistent_volume (cluster_id, uid, name, storage_class_name, capacity_bytes,
               access_modes, reclaim_policy, phase, csi_driver, claim_namespace, claim_name, created_at,
               first_seen_at, last_seen_at)
             SELECT $1::uuid, 'pv-uid-' || i, 'pv-data-' || i, 'gp3', 107374182400, '{ReadWriteOnce}', 'Delete',
                    'Bound', 'ebs.csi.aws.com', 'ml', 'data-' || i, $2::timestamptz, $2::timestamptz,
                    $2::timestamptz FROM ${series}`,
    startAt,
  );
  await sql(`INSERT INTO metric_series (id, cluster_id, metric, source_metric, series_key, namespace, pod)
             SELECT gen_random_uuid(), $1::uuid, 'gpu_utilization_ratio', 'DCGM_FI_DEV_GPU_UTIL',
                    '{pod="train-' || i || '"}', 'ml', 'train-' || i FROM ${series}`);
  await sql(
    `INSERT INTO metric_sample (cluster_id, series_id, at, value)
             SELECT $1::uuid, s.id, $2::timestamptz + m * interval '1 minute', 0.5
               FROM metric_series s CROSS JOIN (VALUES (0), (30), (60)) AS minutes(m)
              WHERE s.cluster_id = $1::uuid`,
    startAt,
  );
}
