import type { PodMount } from "../../costing/allocate-to-workloads";
import { MS_PER_DAY } from "../../costing/day-window";
import type { VolumeCostInput, VolumeRevisionInput } from "../../costing/volume-day-costs";
import type { Db } from "../../db/prisma";
import type { StorageClassInput, VolumeAttributesClassInput } from "../../pricing/resolve/types";
import type { IsoDay, Provider } from "../../pricing/types";

export interface VolumeCostingInput {
  cluster: { id: string; orgId: string; provider: Provider; region: string | null };
  volumes: VolumeCostInput[];
  storageClasses: Map<string, StorageClassInput>;
  volumeAttributesClasses: Map<string, VolumeAttributesClassInput>;
  /** "namespace/claim" → mounts of its pods. */
  mounts: Map<string, PodMount[]>;
  /** "namespace/claim/day" → average used bytes that day. */
  usedBytes: Map<string, bigint>;
}

const asStrings = (value: unknown): Record<string, string> =>
  value && typeof value === "object" ? (value as Record<string, string>) : {};

interface MountRow {
  namespace: string;
  claim_name: string;
  workload_kind: string | null;
  workload_name: string | null;
  name: string;
  start_at: Date;
  end_at: Date | null;
}

interface RevisionRow extends VolumeRevisionInput {
  uid: string;
}

interface UsageRow {
  namespace: string;
  claim: string;
  day: string;
  used: string;
}

/** Everything volume costing needs for one cluster and the days [from, to]. */
export async function loadVolumeCostingInput(
  db: Db,
  input: { clusterId: string; from: IsoDay; to: IsoDay; now: Date },
): Promise<VolumeCostingInput> {
  const windowStart = new Date(`${input.from}T00:00:00Z`);
  const windowEnd = new Date(Date.parse(`${input.to}T00:00:00Z`) + MS_PER_DAY);
  const cluster = await db.cluster.findUniqueOrThrow({ where: { id: input.clusterId } });
  const [pvs, revisionRows, classes, attributeClasses, mountRows, usageRows] = await Promise.all([
    db.persistentVolume.findMany({
      where: {
        clusterId: cluster.id,
        createdAt: { lt: windowEnd },
        OR: [{ deletedAt: null }, { deletedAt: { gt: windowStart } }],
      },
    }),
    // The revisions of the same volumes, joined here rather than loaded by Prisma's `include`,
    // which passes every volume's key as a bind parameter and fails past about 16,000 volumes.
    db.$queryRaw<RevisionRow[]>`
      SELECT r.uid, r.valid_from AS "validFrom", r.valid_to AS "validTo", r.capacity_bytes AS "capacityBytes",
             r.phase::text AS phase, r.storage_class_name AS "storageClassName",
             r.volume_attributes_class_name AS "volumeAttributesClassName",
             r.claim_namespace AS "claimNamespace", r.claim_name AS "claimName"
        FROM persistent_volume_revision r
        JOIN persistent_volume pv ON pv.cluster_id = r.cluster_id AND pv.uid = r.uid
       WHERE pv.cluster_id = ${cluster.id}::uuid AND pv.created_at < ${windowEnd}
         AND (pv.deleted_at IS NULL OR pv.deleted_at > ${windowStart})
       ORDER BY r.uid, r.valid_from`,
    db.storageClass.findMany({ where: { clusterId: cluster.id }, orderBy: { createdAt: "asc" } }),
    db.volumeAttributesClass.findMany({ where: { clusterId: cluster.id }, orderBy: { createdAt: "asc" } }),
    db.$queryRaw<MountRow[]>`
      SELECT p.namespace, v.claim_name, p.workload_kind, p.workload_name, p.name,
             COALESCE(p.started_at, p.created_at) AS start_at, COALESCE(p.finished_at, p.deleted_at) AS end_at
        FROM pod p JOIN pod_volume v ON v.cluster_id = p.cluster_id AND v.pod_uid = p.uid
       WHERE p.cluster_id = ${cluster.id}::uuid AND v.claim_name IS NOT NULL
         AND COALESCE(p.started_at, p.created_at) < ${windowEnd}
         AND (COALESCE(p.finished_at, p.deleted_at) IS NULL OR COALESCE(p.finished_at, p.deleted_at) > ${windowStart})`,
    db.$queryRaw<UsageRow[]>`
      SELECT s.namespace, s.persistent_volume_claim AS claim, to_char(m.at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
             round(avg(m.value))::text AS used
        FROM metric_series s JOIN metric_sample m ON m.cluster_id = s.cluster_id AND m.series_id = s.id
       WHERE s.cluster_id = ${cluster.id}::uuid AND s.metric = 'volume_used_bytes'
         AND s.namespace IS NOT NULL AND s.persistent_volume_claim IS NOT NULL
         AND m.at >= ${windowStart} AND m.at < ${windowEnd}
       GROUP BY 1, 2, 3`,
  ]);
  const revisions = new Map<string, VolumeRevisionInput[]>();
  for (const { uid, ...revision } of revisionRows) {
    const list = revisions.get(uid) ?? [];
    list.push(revision);
    revisions.set(uid, list);
  }
  const mounts = new Map<string, PodMount[]>();
  for (const row of mountRows) {
    const key = `${row.namespace}/${row.claim_name}`;
    const list = mounts.get(key) ?? [];
    list.push({
      workloadKind: row.workload_kind ?? "Pod",
      workloadName: row.workload_name ?? row.name,
      start: row.start_at.getTime(),
      end: (row.end_at ?? input.now).getTime(),
    });
    mounts.set(key, list);
  }
  return {
    cluster: { id: cluster.id, orgId: cluster.orgId, provider: cluster.provider, region: cluster.region },
    // The latest definition of each name wins (names can be deleted and re-created).
    storageClasses: new Map(
      classes.map((c) => [
        c.name,
        { name: c.name, provisioner: c.provisioner, parameters: asStrings(c.parameters) },
      ]),
    ),
    volumeAttributesClasses: new Map(
      attributeClasses.map((c) => [
        c.name,
        { name: c.name, driverName: c.driverName, parameters: asStrings(c.parameters) },
      ]),
    ),
    mounts,
    usedBytes: new Map(usageRows.map((r) => [`${r.namespace}/${r.claim}/${r.day}`, BigInt(r.used)])),
    volumes: pvs.map((pv) => ({
      uid: pv.uid,
      createdAt: pv.createdAt,
      deletedAt: pv.deletedAt,
      csiDriver: pv.csiDriver,
      zone: pv.zone,
      region: pv.region,
      volumeAttributes: asStrings(pv.volumeAttributes),
      annotations: asStrings(pv.annotations),
      revisions: revisions.get(pv.uid) ?? [],
    })),
  };
}
