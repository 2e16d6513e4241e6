import { describe, expect, it } from "vitest";
import { createCluster, createOrganization, createStorageClass } from "../../testing/factories";
import { setUpTestDatabase } from "../../testing/test-database";
import { computeCostFacts } from "./compute-cost-facts";

const { db } = setUpTestDatabase();

/** Far above PostgreSQL's 65,535 bind parameters, and twice over for a query passing two per row. */
const ROWS = 70_000;

const now = new Date(Date.UTC(2026, 10, 21, 9, 0));
const day = "2026-11-20";
const created = "2026-10-01T00:00:00Z";

/**
 * One cluster of ROWS claims, each bound to its PV with one revision, each PV with one
 * VolumeSnapshot and its content: written by set-based SQL, so the test spends its time costing.
 */
async function seedLargeCluster(): Promise<string> {
  const org = await createOrganization(db);
  const cluster = await createCluster(db, org.id, { name: "large", provider: "aws", region: "us-east-1" });
  await createStorageClass(db, cluster.id, { name: "gp3", provisioner: "ebs.csi.aws.com" });
  const series = `generate_series(1, ${ROWS}) AS i`;
  await db.$executeRawUnsafe(
    `INSERT INTO persistent_volume_claim (cluster_id, uid, namespace, name, storage_class_name, requested_bytes,
       access_modes, phase, volume_name, created_at, first_seen_at, last_seen_at)
     SELECT $1::uuid, 'pvc-' || i, 'ns', 'claim-' || i, 'gp3', 10737418240, '{ReadWriteOnce}', 'Bound', 'pv-' || i,
            $2::timestamptz, $2::timestamptz, $2::timestamptz FROM ${series}`,
    cluster.id,
    created,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO persistent_volume (cluster_id, uid, name, storage_class_name, capacity_bytes, access_modes,
       reclaim_policy, phase, csi_driver, volume_handle, claim_namespace, claim_name, claim_uid, created_at,
       first_seen_at, last_seen_at)
     SELECT $1::uuid, 'pv-uid-' || i, 'pv-' || i, 'gp3', 10737418240, '{ReadWriteOnce}', 'Delete', 'Bound',
            'ebs.csi.aws.com', 'vol-' || i, 'ns', 'claim-' || i, 'pvc-' || i,
            $2::timestamptz, $2::timestamptz, $2::timestamptz FROM ${series}`,
    cluster.id,
    created,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO persistent_volume_revision (cluster_id, uid, valid_from, capacity_bytes, phase, storage_class_name,
       claim_namespace, claim_name, claim_uid)
     SELECT cluster_id, uid, created_at, capacity_bytes, phase, storage_class_name, claim_namespace, claim_name,
            claim_uid FROM persistent_volume WHERE cluster_id = $1::uuid`,
    cluster.id,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO volume_snapshot (cluster_id, uid, namespace, name, source_pvc_name, bound_content_name,
       creation_time, created_at, first_seen_at, last_seen_at)
     SELECT $1::uuid, 'snap-uid-' || i, 'ns', 'snap-' || i, 'claim-' || i, 'content-' || i,
            $2::timestamptz, $2::timestamptz, $2::timestamptz, $2::timestamptz FROM ${series}`,
    cluster.id,
    created,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO volume_snapshot_content (cluster_id, uid, name, driver, deletion_policy, source_volume_handle,
       snapshot_handle, snapshot_ref_namespace, snapshot_ref_name, snapshot_ref_uid, creation_time,
       restore_size_bytes, created_at, first_seen_at, last_seen_at)
     SELECT $1::uuid, 'content-uid-' || i, 'content-' || i, 'ebs.csi.aws.com', 'Delete', 'vol-' || i,
            'snap-' || i, 'ns', 'snap-' || i, 'snap-uid-' || i, $2::timestamptz, 10737418240,
            $2::timestamptz, $2::timestamptz, $2::timestamptz FROM ${series}`,
    cluster.id,
    created,
  );
  return cluster.id;
}

describe("computeCostFacts above PostgreSQL's bind-parameter limit", () => {
  it(`costs a cluster of ${ROWS} PVs, claims, snapshots and contents: one fact each`, async () => {
    const clusterId = await seedLargeCluster();
    const result = await computeCostFacts(db, { from: day, to: day, clusterId, now });
    expect(result.days).toBe(1);
    const facts = await db.$queryRawUnsafe<{ resource_kind: string; resources: number }[]>(
      `SELECT resource_kind::text, count(DISTINCT resource_uid)::int AS resources
         FROM cost_fact WHERE cluster_id = $1::uuid GROUP BY 1 ORDER BY 1`,
      clusterId,
    );
    expect(facts).toEqual([
      { resource_kind: "PersistentVolume", resources: ROWS },
      { resource_kind: "VolumeSnapshotContent", resources: ROWS },
    ]);
  });
});
