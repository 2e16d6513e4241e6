import type {
  DataAccessVolumeRow,
  StoredReading,
  VolumeMountRow,
} from "../../costing/data-access/data-access-subjects";
import type { Db } from "../../db/prisma";
import type { DataAccessMetric, DataAccessSource } from "../../ingest/data-access/data-access-reading";
import type { IsoDay } from "../../pricing/types";

/** Drivers whose data access Tierscope prices (lib/costing/data-access/data-access-profile.ts). */
const PRICED_DRIVERS = ["efs.csi.aws.com", "s3.csi.aws.com"];

/** Readings this far around the window are read too: a counter's increment spans two readings. */
const EDGE_MS = 2 * 86_400_000;

/** The throughput mode of an EFS volume: the PV annotation, else its storage class parameter. */
const THROUGHPUT_MODE = "tierscope.io/efs-throughput-mode";

export interface DataAccessCostingInput {
  volumes: DataAccessVolumeRow[];
  readings: StoredReading[];
  mounts: VolumeMountRow[];
  nodeZones: Map<string, string | null>;
}

interface VolumeRow {
  uid: string;
  name: string;
  csi_driver: string | null;
  zone: string | null;
  storage_class_name: string | null;
  claim_namespace: string | null;
  volume_handle: string | null;
  volume_attributes: Record<string, string> | null;
  annotation_mode: string | null;
  class_mode: string | null;
}

interface ReadingRow {
  source: DataAccessSource;
  target: string;
  node: string;
  metric: DataAccessMetric;
  at: Date;
  value: string;
  period_seconds: number | null;
  partial: boolean;
}

interface MountRow {
  volume_uid: string;
  node_name: string | null;
  namespace: string;
  workload_kind: string | null;
  workload_name: string | null;
  name: string;
  start_at: Date;
  end_at: Date | null;
}

/** Everything data-access costing needs for one cluster and the days [from, to]. */
export async function loadDataAccessCostingInput(
  db: Db,
  input: { clusterId: string; from: IsoDay; to: IsoDay; now: Date },
): Promise<DataAccessCostingInput> {
  const windowStart = new Date(`${input.from}T00:00:00Z`);
  const windowEnd = new Date(Date.parse(`${input.to}T00:00:00Z`) + 86_400_000);
  const readFrom = new Date(windowStart.getTime() - EDGE_MS);
  const readTo = new Date(windowEnd.getTime() + EDGE_MS);
  const [volumes, readings, mounts, nodes] = await Promise.all([
    db.$queryRaw<VolumeRow[]>`
      SELECT pv.uid, pv.name, pv.csi_driver, pv.zone, pv.storage_class_name, pv.claim_namespace, pv.volume_handle,
             pv.volume_attributes, pv.annotations ->> ${THROUGHPUT_MODE} AS annotation_mode,
             sc.parameters ->> ${THROUGHPUT_MODE} AS class_mode
        FROM persistent_volume pv
        LEFT JOIN LATERAL (SELECT parameters FROM storage_class s
                            WHERE s.cluster_id = pv.cluster_id AND s.name = pv.storage_class_name
                            ORDER BY s.created_at DESC LIMIT 1) sc ON true
       WHERE pv.cluster_id = ${input.clusterId}::uuid AND pv.csi_driver = ANY(${PRICED_DRIVERS})
         AND pv.created_at < ${windowEnd} AND (pv.deleted_at IS NULL OR pv.deleted_at > ${windowStart})`,
    db.$queryRaw<ReadingRow[]>`
      SELECT source, target, node, metric, at, value::text AS value, period_seconds, partial
        FROM data_access_reading
       WHERE cluster_id = ${input.clusterId}::uuid AND at >= ${readFrom} AND at < ${readTo}
       ORDER BY at`,
    db.$queryRaw<MountRow[]>`
      SELECT pv.uid AS volume_uid, p.node_name, p.namespace, p.workload_kind, p.workload_name, p.name,
             COALESCE(p.started_at, p.created_at) AS start_at, COALESCE(p.finished_at, p.deleted_at) AS end_at
        FROM pod p
        JOIN pod_volume v ON v.cluster_id = p.cluster_id AND v.pod_uid = p.uid
        JOIN persistent_volume pv ON pv.cluster_id = p.cluster_id AND pv.claim_namespace = p.namespace
                                 AND pv.claim_name = v.claim_name
       WHERE p.cluster_id = ${input.clusterId}::uuid AND pv.csi_driver = ANY(${PRICED_DRIVERS})
         AND COALESCE(p.started_at, p.created_at) < ${windowEnd}
         AND (COALESCE(p.finished_at, p.deleted_at) IS NULL OR COALESCE(p.finished_at, p.deleted_at) > ${windowStart})`,
    db.node.findMany({ where: { clusterId: input.clusterId }, select: { name: true, zone: true } }),
  ]);
  return {
    volumes: volumes.map((v) => ({
      uid: v.uid,
      name: v.name,
      csiDriver: v.csi_driver,
      zone: v.zone,
      storageClassName: v.storage_class_name,
      claimNamespace: v.claim_namespace,
      volumeHandle: v.volume_handle,
      volumeAttributes: v.volume_attributes ?? {},
      efsThroughputMode: v.annotation_mode ?? v.class_mode,
    })),
    readings: readings.map((r) => ({
      source: r.source,
      target: r.target,
      node: r.node,
      metric: r.metric,
      at: r.at,
      value: BigInt(r.value),
      periodSeconds: r.period_seconds,
      partial: r.partial,
    })),
    mounts: mounts.map((m) => ({
      volumeUid: m.volume_uid,
      node: m.node_name,
      namespace: m.namespace,
      workloadKind: m.workload_kind ?? "Pod",
      workloadName: m.workload_name ?? m.name,
      start: m.start_at.getTime(),
      end: (m.end_at ?? input.now).getTime(),
    })),
    nodeZones: new Map(nodes.map((n) => [n.name, n.zone])),
  };
}
