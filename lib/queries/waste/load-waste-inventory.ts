import { MS_PER_DAY } from "../../costing/day-window";
import type {
  WasteClaim,
  WasteInventory,
  WastePodMount,
  WasteSnapshot,
  WasteSnapshotContent,
  WasteUsage,
} from "../../costing/waste/inventory";
import type { Db } from "../../db/prisma";
import type { Provider } from "../../pricing/types";

/** The oversized rule's window: p95 of the last 30 days of used bytes. */
export const USAGE_WINDOW_DAYS = 30;
/** Rows per `uid IN (…)` lookup, far below PostgreSQL's bind-parameter limit. */
const CHUNK = 5000;

type Labels = Record<string, string>;
const labels = (value: unknown): Labels =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Labels) : {};

interface MountRow {
  namespace: string;
  claim_name: string;
  pod_name: string;
  created_at: Date;
  finished_at: Date | null;
  deleted_at: Date | null;
}

interface UsageRow {
  namespace: string;
  claim_name: string;
  samples: number;
  p95: number;
  max: number;
  first_at: Date;
  last_at: Date;
}

interface GoneClaimRow {
  uid: string;
  namespace: string;
  name: string;
  storage_class_name: string | null;
  requested_bytes: bigint;
  capacity_bytes: bigint | null;
  volume_name: string | null;
  created_at: Date;
  deleted_at: Date;
}

/**
 * One cluster's inventory as of `now`, as the waste rules read it: the objects alive then, and
 * for evidence only the deleted ones a finding names (a Released volume's or a snapshot's former
 * claim, a retained content's former snapshot). Pods come reduced to the last one that mounted
 * each claim, and volume usage to its p95 over the last 30 days, computed by PostgreSQL.
 */
export async function loadWasteInventory(
  db: Db,
  {
    cluster,
    now,
  }: { cluster: { id: string; name: string; provider: string; region: string | null }; now: Date },
): Promise<WasteInventory> {
  const clusterId = cluster.id;
  const alive = { clusterId, createdAt: { lte: now }, OR: [{ deletedAt: null }, { deletedAt: { gt: now } }] };
  const [namespaces, storageClasses, attributeClasses, volumes, claims, snapshots, contents] =
    await Promise.all([
      db.namespace.findMany({ where: { clusterId }, include: { team: { select: { name: true } } } }),
      db.storageClass.findMany({ where: { clusterId }, orderBy: { createdAt: "desc" } }),
      db.volumeAttributesClass.findMany({ where: { clusterId }, orderBy: { createdAt: "desc" } }),
      db.persistentVolume.findMany({ where: alive }),
      db.persistentVolumeClaim.findMany({ where: alive }),
      db.volumeSnapshot.findMany({ where: alive }),
      db.volumeSnapshotContent.findMany({ where: alive }),
    ]);
  const [goneClaims, mounts, usage] = await Promise.all([
    db.$queryRaw<GoneClaimRow[]>`
      SELECT DISTINCT ON (c.namespace, c.name)
             c.uid, c.namespace, c.name, c.storage_class_name, c.requested_bytes, c.capacity_bytes,
             c.volume_name, c.created_at, c.deleted_at
        FROM persistent_volume_claim c
       WHERE c.cluster_id = ${clusterId}::uuid AND c.deleted_at <= ${now}
         AND (EXISTS (SELECT 1 FROM volume_snapshot s
                       WHERE s.cluster_id = c.cluster_id AND s.namespace = c.namespace AND s.source_pvc_name = c.name
                         AND s.created_at <= ${now} AND (s.deleted_at IS NULL OR s.deleted_at > ${now}))
              OR EXISTS (SELECT 1 FROM persistent_volume v
                          WHERE v.cluster_id = c.cluster_id AND v.claim_namespace = c.namespace
                            AND v.claim_name = c.name AND v.phase = 'Released'
                            AND v.created_at <= ${now} AND (v.deleted_at IS NULL OR v.deleted_at > ${now})))
       ORDER BY c.namespace, c.name, c.deleted_at DESC`,
    // The pod that held each claim last: one still holding it (no end yet, or an end after `now`)
    // sorts first; otherwise the latest end, an end being its finish or deletion, whichever came first.
    db.$queryRaw<MountRow[]>`
      SELECT DISTINCT ON (p.namespace, v.claim_name)
             p.namespace, v.claim_name, p.name AS pod_name, p.created_at, p.finished_at, p.deleted_at
        FROM pod_volume v
        JOIN pod p ON p.cluster_id = v.cluster_id AND p.uid = v.pod_uid
       WHERE v.cluster_id = ${clusterId}::uuid AND v.claim_name IS NOT NULL AND p.created_at <= ${now}
       ORDER BY p.namespace, v.claim_name,
                CASE WHEN least(p.finished_at, p.deleted_at) IS NULL OR least(p.finished_at, p.deleted_at) > ${now}
                     THEN 'infinity'::timestamptz ELSE least(p.finished_at, p.deleted_at) END DESC`,
    db.$queryRaw<UsageRow[]>`
      SELECT s.namespace, s.persistent_volume_claim AS claim_name, count(*)::int AS samples,
             percentile_cont(0.95) WITHIN GROUP (ORDER BY m.value) AS p95, max(m.value) AS max,
             min(m.at) AS first_at, max(m.at) AS last_at
        FROM metric_series s
        JOIN metric_sample m ON m.cluster_id = s.cluster_id AND m.series_id = s.id
       WHERE s.cluster_id = ${clusterId}::uuid AND s.metric = 'volume_used_bytes'
         AND s.namespace IS NOT NULL AND s.persistent_volume_claim IS NOT NULL
         AND m.at > ${new Date(now.getTime() - USAGE_WINDOW_DAYS * MS_PER_DAY)} AND m.at <= ${now}
       GROUP BY 1, 2`,
  ]);
  // The VolumeSnapshots that retained contents were bound to, deleted since: "deleted on …".
  const refUids = [
    ...new Set(
      contents
        .filter((c) => c.deletionPolicy === "Retain" && c.snapshotRefUid)
        .map((c) => c.snapshotRefUid as string),
    ),
  ];
  const formerSnapshots = [];
  for (let start = 0; start < refUids.length; start += CHUNK) {
    formerSnapshots.push(
      ...(await db.volumeSnapshot.findMany({
        where: { clusterId, uid: { in: refUids.slice(start, start + CHUNK) }, deletedAt: { lte: now } },
      })),
    );
  }

  const toSnapshot = (s: (typeof snapshots)[number]): WasteSnapshot => ({
    uid: s.uid,
    namespace: s.namespace,
    name: s.name,
    sourcePvcName: s.sourcePvcName,
    volumeSnapshotClassName: s.volumeSnapshotClassName,
    boundContentName: s.boundContentName,
    creationTime: s.creationTime,
    restoreSizeBytes: s.restoreSizeBytes,
    labels: labels(s.labels),
    createdAt: s.createdAt,
    deletedAt: s.deletedAt,
  });
  const seenClass = new Set<string>();
  return {
    cluster: {
      id: cluster.id,
      name: cluster.name,
      provider: cluster.provider as Provider,
      region: cluster.region,
    },
    namespaces: namespaces.map((ns) => ({
      name: ns.name,
      team: ns.team?.name ?? null,
      deletedAt: ns.deletedAt,
    })),
    // A live class first, then the latest deleted one of the same name (its volumes outlive it).
    storageClasses: [...storageClasses]
      .sort((a, b) => Number(a.deletedAt !== null) - Number(b.deletedAt !== null))
      .filter((sc) => !seenClass.has(sc.name) && seenClass.add(sc.name))
      .map((sc) => ({ name: sc.name, provisioner: sc.provisioner, parameters: labels(sc.parameters) })),
    volumeAttributesClasses: attributeClasses.map((v) => ({
      name: v.name,
      driverName: v.driverName,
      parameters: labels(v.parameters),
    })),
    volumes: volumes.map((v) => ({
      uid: v.uid,
      name: v.name,
      storageClassName: v.storageClassName,
      volumeAttributesClassName: v.volumeAttributesClassName,
      capacityBytes: v.capacityBytes,
      reclaimPolicy: v.reclaimPolicy,
      phase: v.phase,
      lastPhaseTransitionAt: v.lastPhaseTransitionAt,
      csiDriver: v.csiDriver,
      volumeHandle: v.volumeHandle,
      volumeAttributes: labels(v.volumeAttributes),
      zone: v.zone,
      region: v.region,
      claimNamespace: v.claimNamespace,
      claimName: v.claimName,
      claimUid: v.claimUid,
      annotations: labels(v.annotations),
      createdAt: v.createdAt,
      deletedAt: v.deletedAt,
    })),
    claims: [
      ...claims.map(
        (c): WasteClaim => ({
          uid: c.uid,
          namespace: c.namespace,
          name: c.name,
          storageClassName: c.storageClassName,
          volumeAttributesClassName: c.volumeAttributesClassName,
          requestedBytes: c.requestedBytes,
          capacityBytes: c.capacityBytes,
          accessModes: c.accessModes,
          phase: c.phase,
          volumeName: c.volumeName,
          ownerKind: c.ownerKind,
          ownerName: c.ownerName,
          createdAt: c.createdAt,
          deletedAt: c.deletedAt,
        }),
      ),
      ...goneClaims.map(
        (c): WasteClaim => ({
          uid: c.uid,
          namespace: c.namespace,
          name: c.name,
          storageClassName: c.storage_class_name,
          volumeAttributesClassName: null,
          requestedBytes: c.requested_bytes,
          capacityBytes: c.capacity_bytes,
          accessModes: [],
          phase: "Bound",
          volumeName: c.volume_name,
          ownerKind: null,
          ownerName: null,
          createdAt: c.created_at,
          deletedAt: c.deleted_at,
        }),
      ),
    ],
    podMounts: mounts.map(
      (m): WastePodMount => ({
        namespace: m.namespace,
        claimName: m.claim_name,
        podName: m.pod_name,
        createdAt: m.created_at,
        finishedAt: m.finished_at,
        deletedAt: m.deleted_at,
      }),
    ),
    snapshots: [...snapshots, ...formerSnapshots].map(toSnapshot),
    snapshotContents: contents.map(
      (c): WasteSnapshotContent => ({
        uid: c.uid,
        name: c.name,
        driver: c.driver,
        deletionPolicy: c.deletionPolicy,
        volumeSnapshotClassName: c.volumeSnapshotClassName,
        sourceVolumeHandle: c.sourceVolumeHandle,
        snapshotHandle: c.snapshotHandle,
        snapshotRefNamespace: c.snapshotRefNamespace,
        snapshotRefName: c.snapshotRefName,
        snapshotRefUid: c.snapshotRefUid,
        creationTime: c.creationTime,
        restoreSizeBytes: c.restoreSizeBytes,
        storedBytes: c.storedBytes,
        storedBytesSource: c.storedBytesSource,
        storageTier: c.storageTier,
        labels: labels(c.labels),
        createdAt: c.createdAt,
        deletedAt: c.deletedAt,
      }),
    ),
    usage: usage.map(
      (u): WasteUsage => ({
        namespace: u.namespace,
        claimName: u.claim_name,
        samples: Number(u.samples),
        p95UsedBytes: Number(u.p95),
        maxUsedBytes: Number(u.max),
        windowStart: u.first_at,
        windowEnd: u.last_at,
      }),
    ),
  };
}
