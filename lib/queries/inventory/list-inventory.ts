import type { KubeKind } from "../../db/generated/enums";
import type { Db } from "../../db/prisma";
import { KINDS } from "../../ingest/kube/kube-kinds";

export interface InventoryItem {
  kind: KubeKind;
  namespace: string | null;
  name: string;
  createdAt: string | null;
  deletedAt: string | null;
  /** The attributes that matter for cost, as they stood at the time asked for (see below). */
  detail: Record<string, string | number | null>;
}

// What to show per kind. PersistentVolumes keep a history of their cost-relevant attributes, so
// their size, phase and class are shown as they stood at `at`; other kinds show their latest state.
const DETAIL: Record<KubeKind, string> = {
  Namespace: `jsonb_build_object('team', t.labels->>'team', 'costCentre', t.cost_centre)`,
  StorageClass: `jsonb_build_object('provisioner', t.provisioner, 'reclaimPolicy', t.reclaim_policy, 'default', t.is_default)`,
  VolumeAttributesClass: `jsonb_build_object('driver', t.driver_name)`,
  PersistentVolume: `(SELECT jsonb_build_object('capacityBytes', r.capacity_bytes::text, 'phase', r.phase, 'storageClass', r.storage_class_name,
      'claim', r.claim_namespace || '/' || r.claim_name, 'reclaimPolicy', t.reclaim_policy)
      FROM persistent_volume_revision r WHERE r.cluster_id = t.cluster_id AND r.uid = t.uid
       AND r.valid_from <= $2 ORDER BY r.valid_from DESC LIMIT 1)`,
  PersistentVolumeClaim: `jsonb_build_object('requestedBytes', t.requested_bytes::text, 'capacityBytes', t.capacity_bytes::text,
      'phase', t.phase, 'volume', t.volume_name, 'storageClass', t.storage_class_name)`,
  VolumeSnapshotClass: `jsonb_build_object('driver', t.driver, 'deletionPolicy', t.deletion_policy)`,
  VolumeSnapshot: `jsonb_build_object('source', t.source_pvc_name, 'restoreSizeBytes', t.restore_size_bytes::text, 'ready', t.ready_to_use)`,
  VolumeSnapshotContent: `jsonb_build_object('deletionPolicy', t.deletion_policy, 'snapshot', t.snapshot_ref_namespace || '/' || t.snapshot_ref_name,
      'sourceVolume', t.source_volume_handle)`,
  Node: `jsonb_build_object('instanceType', t.instance_type, 'zone', t.zone, 'gpus', t.gpu_count, 'gpuModel', t.gpu_model)`,
  Pod: `jsonb_build_object('phase', t.phase, 'node', t.node_name, 'gpus', t.gpu_request::text, 'workload', t.workload_kind || '/' || t.workload_name)`,
};

interface Row {
  namespace: string | null;
  name: string;
  created_at: Date | null;
  deleted_at: Date | null;
  detail: Record<string, string | number | null> | null;
}

/**
 * The objects of a cluster that existed at `at`: created by then and not deleted by then.
 * Sorted by kind, namespace and name; at most `limit` per kind.
 */
export async function listInventory(
  db: Db,
  input: { clusterId: string; at: Date; kinds?: KubeKind[]; limit: number },
): Promise<{ items: InventoryItem[]; totals: Partial<Record<KubeKind, number>> }> {
  const items: InventoryItem[] = [];
  const totals: Partial<Record<KubeKind, number>> = {};
  for (const { kind, table, namespaced } of KINDS) {
    if (input.kinds && !input.kinds.includes(kind)) continue;
    const live =
      "t.cluster_id = $1::uuid AND t.created_at <= $2 AND (t.deleted_at IS NULL OR t.deleted_at > $2)";
    const namespace = namespaced ? "t.namespace" : "NULL::text";
    const rows = await db.$queryRawUnsafe<Row[]>(
      `SELECT ${namespace} AS namespace, t.name, t.created_at, t.deleted_at, ${DETAIL[kind]} AS detail
         FROM "${table}" t WHERE ${live} ORDER BY 1 NULLS FIRST, 2 LIMIT $3`,
      input.clusterId,
      input.at,
      input.limit,
    );
    const [{ count }] = (await db.$queryRawUnsafe<{ count: bigint }[]>(
      `SELECT count(*) AS count FROM "${table}" t WHERE ${live}`,
      input.clusterId,
      input.at,
    )) as [{ count: bigint }];
    totals[kind] = Number(count);
    for (const row of rows) {
      items.push({
        kind,
        namespace: row.namespace,
        name: row.name,
        createdAt: row.created_at?.toISOString() ?? null,
        deletedAt: row.deleted_at?.toISOString() ?? null,
        detail: row.detail ?? {},
      });
    }
  }
  return { items, totals };
}
