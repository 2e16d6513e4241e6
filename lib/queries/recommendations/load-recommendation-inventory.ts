import { MS_PER_DAY } from "../../costing/day-window";
import type {
  ClaimIo,
  ClaimUse,
  RecommendationInventory,
  VolumeDataAccessUse,
  VolumeRoleName,
} from "../../costing/recommendations/inventory";
import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { Dec } from "../../pricing/decimal";
import { loadWasteInventory, USAGE_WINDOW_DAYS } from "../waste/load-waste-inventory";

interface UseRow {
  namespace: string;
  claim_name: string;
  roles: string[];
  pods_in_window: number;
  read_only_pods_in_window: number;
  mounted_now: boolean;
  last_unmounted_at: Date | null;
}

interface LastUsedRow {
  namespace: string;
  claim_name: string;
  value: number;
}

interface DataAccessRow {
  volume_uid: string;
  currency: string;
  gib_read: Prisma.Decimal;
  read_cost: Prisma.Decimal | null;
}

interface IoRow {
  namespace: string;
  claim_name: string;
  ops_samples: number;
  p95_iops: number | null;
  p95_write_iops: number | null;
  bytes_samples: number;
  p95_bytes: number | null;
  first_at: Date;
  last_at: Date;
}

/**
 * One cluster's inventory as the recommendation rules read it: the waste inventory (live objects,
 * p95 used bytes over the last 30 days), plus how pods used each claim (roles declared, readers and
 * read-only readers in the window, mounted now, last unmounted, last used bytes ever measured) and
 * its I/O: the p95 over the window of read + write operations (and bytes) per second, summed per
 * sample time across the claim's series.
 */
export async function loadRecommendationInventory(
  db: Db,
  {
    cluster,
    now,
  }: { cluster: { id: string; name: string; provider: string; region: string | null }; now: Date },
): Promise<RecommendationInventory> {
  const clusterId = cluster.id;
  const windowStart = new Date(now.getTime() - USAGE_WINDOW_DAYS * MS_PER_DAY);
  const [waste, uses, lastUsed, io, dataAccess] = await Promise.all([
    loadWasteInventory(db, { cluster, now }),
    // A pod's mount ends when it finishes or is deleted, whichever comes first (least() skips NULLs).
    db.$queryRaw<UseRow[]>`
      SELECT p.namespace, v.claim_name,
             coalesce(array_agg(DISTINCT v.role::text) FILTER (WHERE v.role IS NOT NULL), '{}') AS roles,
             count(DISTINCT p.uid) FILTER (
               WHERE coalesce(least(p.finished_at, p.deleted_at), 'infinity') > ${windowStart})::int AS pods_in_window,
             count(DISTINCT p.uid) FILTER (
               WHERE v.read_only AND coalesce(least(p.finished_at, p.deleted_at), 'infinity') > ${windowStart}
             )::int AS read_only_pods_in_window,
             bool_or(coalesce(least(p.finished_at, p.deleted_at), 'infinity') > ${now}) AS mounted_now,
             max(least(p.finished_at, p.deleted_at)) FILTER (
               WHERE least(p.finished_at, p.deleted_at) <= ${now}) AS last_unmounted_at
        FROM pod_volume v
        JOIN pod p ON p.cluster_id = v.cluster_id AND p.uid = v.pod_uid
       WHERE v.cluster_id = ${clusterId}::uuid AND v.claim_name IS NOT NULL AND p.created_at <= ${now}
       GROUP BY 1, 2`,
    db.$queryRaw<LastUsedRow[]>`
      SELECT DISTINCT ON (s.namespace, s.persistent_volume_claim)
             s.namespace, s.persistent_volume_claim AS claim_name, m.value
        FROM metric_series s
        JOIN metric_sample m ON m.cluster_id = s.cluster_id AND m.series_id = s.id
       WHERE s.cluster_id = ${clusterId}::uuid AND s.metric = 'volume_used_bytes'
         AND s.namespace IS NOT NULL AND s.persistent_volume_claim IS NOT NULL AND m.at <= ${now}
       ORDER BY s.namespace, s.persistent_volume_claim, m.at DESC`,
    db.$queryRaw<IoRow[]>`
      WITH per_sample AS (
        SELECT s.namespace, s.persistent_volume_claim AS claim_name, m.at,
               sum(m.value) FILTER (
                 WHERE s.metric IN ('disk_read_ops_per_second', 'disk_write_ops_per_second')) AS ops,
               sum(m.value) FILTER (WHERE s.metric = 'disk_write_ops_per_second') AS write_ops,
               sum(m.value) FILTER (
                 WHERE s.metric IN ('disk_read_bytes_per_second', 'disk_write_bytes_per_second')) AS bytes
          FROM metric_series s
          JOIN metric_sample m ON m.cluster_id = s.cluster_id AND m.series_id = s.id
         WHERE s.cluster_id = ${clusterId}::uuid
           AND s.metric IN ('disk_read_ops_per_second', 'disk_write_ops_per_second',
                            'disk_read_bytes_per_second', 'disk_write_bytes_per_second')
           AND s.namespace IS NOT NULL AND s.persistent_volume_claim IS NOT NULL
           AND m.at > ${windowStart} AND m.at <= ${now}
         GROUP BY 1, 2, 3)
      SELECT namespace, claim_name,
             count(ops)::int AS ops_samples,
             percentile_cont(0.95) WITHIN GROUP (ORDER BY ops) AS p95_iops,
             percentile_cont(0.95) WITHIN GROUP (ORDER BY write_ops) AS p95_write_iops,
             count(bytes)::int AS bytes_samples,
             percentile_cont(0.95) WITHIN GROUP (ORDER BY bytes) AS p95_bytes,
             min(at) AS first_at, max(at) AS last_at
        FROM per_sample
       GROUP BY 1, 2`,
    // The GiB read from each volume over the window's complete days, and what those reads cost
    // (null when any of them is unpriced: never counted as free).
    db.$queryRaw<DataAccessRow[]>`
      SELECT cf.detail->>'volumeUid' AS volume_uid, cf.currency::text AS currency,
             sum(cf.quantity) AS gib_read,
             CASE WHEN bool_and(cf.cost IS NOT NULL) THEN sum(cf.cost) END AS read_cost
        FROM cost_fact_day cf
       WHERE cf.cluster_id = ${clusterId}::uuid AND cf.category = 'data-access' AND cf.component = 'data_read'
         AND cf.day >= (${now}::timestamptz AT TIME ZONE 'UTC')::date - ${USAGE_WINDOW_DAYS}::int
         AND cf.day < (${now}::timestamptz AT TIME ZONE 'UTC')::date
       GROUP BY 1, 2`,
  ]);
  const lastUsedByClaim = new Map(lastUsed.map((r) => [`${r.namespace}/${r.claim_name}`, Number(r.value)]));
  return {
    ...waste,
    claimUse: uses.map(
      (u): ClaimUse => ({
        namespace: u.namespace,
        claimName: u.claim_name,
        roles: u.roles as VolumeRoleName[],
        podsInWindow: Number(u.pods_in_window),
        readOnlyPodsInWindow: Number(u.read_only_pods_in_window),
        mountedNow: u.mounted_now,
        lastUnmountedAt: u.last_unmounted_at,
        lastUsedBytes: lastUsedByClaim.get(`${u.namespace}/${u.claim_name}`) ?? null,
      }),
    ),
    io: io.map(
      (r): ClaimIo => ({
        namespace: r.namespace,
        claimName: r.claim_name,
        opsSamples: Number(r.ops_samples),
        p95Iops: r.p95_iops === null ? null : Number(r.p95_iops),
        p95WriteIops: r.p95_write_iops === null ? null : Number(r.p95_write_iops),
        bytesSamples: Number(r.bytes_samples),
        p95BytesPerSecond: r.p95_bytes === null ? null : Number(r.p95_bytes),
        windowStart: r.first_at,
        windowEnd: r.last_at,
      }),
    ),
    dataAccess: dataAccess.map(
      (r): VolumeDataAccessUse => ({
        volumeUid: r.volume_uid,
        gibRead: new Dec(r.gib_read.toFixed()),
        readCost: r.read_cost === null ? null : new Dec(r.read_cost.toFixed()),
        currency: r.currency.trim(),
        windowDays: USAGE_WINDOW_DAYS,
      }),
    ),
  };
}
