import { MS_PER_DAY } from "../../../costing/day-window";
import { buildSnapshotChains } from "../../../costing/snapshots/build-snapshot-chains";
import { parseChangeRateSettings, SNAPSHOT_CHANGE_RATES_KEY } from "../../../costing/snapshots/change-rate";
import type {
  SnapshotContentInput,
  SnapshotCostingInput,
  SourceClaimInput,
  SourceVolumeInput,
  UsedBytesSample,
  VolumeSnapshotInput,
} from "../../../costing/snapshots/types";
import { USED_BYTES_LOOKBACK_MS } from "../../../costing/snapshots/used-bytes-at";
import { Prisma } from "../../../db/generated/client";
import type { Db } from "../../../db/prisma";
import type { StorageClassInput } from "../../../pricing/resolve/types";
import type { IsoDay } from "../../../pricing/types";
import { getPricingContext } from "../../pricing/get-pricing-context";
import { SNAPSHOT_CONTENT_INPUT_COLUMNS } from "./snapshot-content-input-sql";

const strings = (json: unknown): Record<string, string> =>
  json && typeof json === "object"
    ? Object.fromEntries(Object.entries(json).filter((e): e is [string, string] => typeof e[1] === "string"))
    : {};

/** A source PV as read, its JSON columns not yet narrowed to strings. */
type SourceVolumeRow = Omit<SourceVolumeInput, "volumeAttributes" | "annotations"> & {
  volumeAttributes: unknown;
  annotations: unknown;
};

interface SampleRow {
  namespace: string;
  claim: string;
  at: Date;
  value: number;
}

/**
 * Everything snapshot costing needs for one cluster and the days [from, to]: the contents alive in
 * the window with every earlier snapshot of their volumes (a delta is counted from the previous
 * one; a deleted one's blocks move to the next), their VolumeSnapshots, the source PVs, PVCs and
 * StorageClasses, each snapshot's used-bytes sample (the latest of its source PVC within the 7 days
 * before it), the change-rate setting (`costs.snapshotChangeRates`) and the pricing context.
 */
export async function loadSnapshotCostingInput(
  db: Db,
  { clusterId, from, to }: { clusterId: string; from: IsoDay; to: IsoDay },
): Promise<SnapshotCostingInput> {
  const cluster = await db.cluster.findUniqueOrThrow({ where: { id: clusterId } });
  const windowStart = new Date(`${from}T00:00:00Z`);
  const windowEnd = new Date(Date.parse(`${to}T00:00:00Z`) + MS_PER_DAY);
  const createdBeforeEnd = (c: string) =>
    Prisma.sql`(${Prisma.raw(c)}.created_at < ${windowEnd} OR ${Prisma.raw(c)}.creation_time < ${windowEnd})`;
  // The contents alive in the window, and every earlier content of their volumes: chosen in SQL, so
  // the query has as many parameters for 2 million snapshots as for one.
  const contents = await db.$queryRaw<SnapshotContentInput[]>`
    SELECT ${SNAPSHOT_CONTENT_INPUT_COLUMNS}
      FROM volume_snapshot_content c
     WHERE c.cluster_id = ${clusterId}::uuid AND ${createdBeforeEnd("c")}
       AND ((c.deleted_at IS NULL OR c.deleted_at >= ${windowStart})
            OR c.source_volume_handle IN (
                 SELECT a.source_volume_handle FROM volume_snapshot_content a
                  WHERE a.cluster_id = ${clusterId}::uuid AND ${createdBeforeEnd("a")}
                    AND (a.deleted_at IS NULL OR a.deleted_at >= ${windowStart})))`;
  return completeSnapshotCostingInput(db, cluster, contents);
}

/**
 * The rest of the costing input for a chosen set of VolumeSnapshotContents (whole chains): their
 * VolumeSnapshots, source PVs, PVCs and StorageClasses, the used-bytes samples, the change-rate
 * setting and the pricing context. Shared by the cost facts (a cluster's window) and the
 * Snapshots page (a page of chains), so both see the same sizes. Each list of keys travels as one
 * array parameter (`= ANY`), whatever its length: PostgreSQL takes at most 65,535 parameters.
 */
export async function completeSnapshotCostingInput(
  db: Db,
  cluster: { id: string; orgId: string; provider: SnapshotCostingInput["provider"]; region: string | null },
  contents: SnapshotContentInput[],
): Promise<SnapshotCostingInput> {
  const clusterId = cluster.id;
  const handles = [...new Set(contents.flatMap((c) => (c.sourceVolumeHandle ? [c.sourceVolumeHandle] : [])))];
  const refUids = contents.flatMap((c) => (c.snapshotRefUid ? [c.snapshotRefUid] : []));
  const [snapshots, volumeRows, setting, pricing] = await Promise.all([
    db.$queryRaw<VolumeSnapshotInput[]>`
      SELECT uid, namespace, name, source_pvc_name AS "sourcePvcName", bound_content_name AS "boundContentName",
             created_at AS "createdAt", deleted_at AS "deletedAt"
        FROM volume_snapshot
       WHERE cluster_id = ${clusterId}::uuid
         AND (uid = ANY(${refUids}::text[]) OR bound_content_name = ANY(${contents.map((c) => c.name)}::text[]))`,
    db.$queryRaw<SourceVolumeRow[]>`
      SELECT uid, name, volume_handle AS "volumeHandle", storage_class_name AS "storageClassName",
             csi_driver AS "csiDriver", region, zone, capacity_bytes AS "capacityBytes",
             claim_namespace AS "claimNamespace", claim_name AS "claimName", claim_uid AS "claimUid",
             created_at AS "createdAt", deleted_at AS "deletedAt", volume_attributes AS "volumeAttributes",
             annotations
        FROM persistent_volume
       WHERE cluster_id = ${clusterId}::uuid AND volume_handle = ANY(${handles}::text[])`,
    db.setting.findUnique({ where: { key: SNAPSHOT_CHANGE_RATES_KEY } }),
    getPricingContext(db, { orgIds: [cluster.orgId] }),
  ]);
  const volumes = volumeRows.map(
    (v): SourceVolumeInput => ({
      ...v,
      volumeAttributes: strings(v.volumeAttributes),
      annotations: strings(v.annotations),
    }),
  );

  const claimNames = [
    ...volumes.flatMap((v) =>
      v.claimNamespace && v.claimName ? [{ namespace: v.claimNamespace, name: v.claimName }] : [],
    ),
    ...snapshots.flatMap((s) => (s.sourcePvcName ? [{ namespace: s.namespace, name: s.sourcePvcName }] : [])),
  ];
  const claimUids = volumes.flatMap((v) => (v.claimUid ? [v.claimUid] : []));
  const classNames = [...new Set(volumes.flatMap((v) => (v.storageClassName ? [v.storageClassName] : [])))];
  const [claims, classes] = await Promise.all([
    db.$queryRaw<SourceClaimInput[]>`
      SELECT c.uid, c.namespace, c.name, c.created_at AS "createdAt", c.deleted_at AS "deletedAt"
        FROM persistent_volume_claim c
       WHERE c.cluster_id = ${clusterId}::uuid
         AND (c.uid = ANY(${claimUids}::text[])
              OR (c.namespace, c.name) IN (
                   SELECT * FROM unnest(${claimNames.map((n) => n.namespace)}::text[],
                                        ${claimNames.map((n) => n.name)}::text[])))`,
    // Oldest first, so a class recreated under the same name is read as its newest version.
    db.storageClass.findMany({
      where: { clusterId, name: { in: classNames } },
      orderBy: { createdAt: "asc" },
    }),
  ]);

  const input: SnapshotCostingInput = {
    clusterId,
    provider: cluster.provider,
    region: cluster.region,
    contents,
    snapshots,
    volumes,
    claims,
    storageClasses: new Map(
      classes.map((c): [string, StorageClassInput] => [
        c.name,
        { name: c.name, provisioner: c.provisioner, parameters: strings(c.parameters) },
      ]),
    ),
    usedBytesSamples: [],
    changeRates: parseChangeRateSettings(setting?.value),
    ...pricing,
  };
  input.usedBytesSamples = await loadUsedBytesSamples(db, input);
  return input;
}

/**
 * For each snapshot, the latest volume_used_bytes sample of its source PVC at or before the
 * snapshot and within the 7 days before it (one index range scan per snapshot), so the pure model
 * gets only the samples it can use, however long the metric history is.
 */
async function loadUsedBytesSamples(db: Db, input: SnapshotCostingInput): Promise<UsedBytesSample[]> {
  const wanted = buildSnapshotChains(input).flatMap((chain) =>
    chain.claim
      ? chain.links.map((link) => ({
          namespace: (chain.claim as NonNullable<typeof chain.claim>).namespace,
          claim: (chain.claim as NonNullable<typeof chain.claim>).name,
          at: new Date(link.createdAtMs).toISOString(),
          since: new Date(link.createdAtMs - USED_BYTES_LOOKBACK_MS).toISOString(),
        }))
      : [],
  );
  if (wanted.length === 0) return [];
  const rows = await db.$queryRaw<SampleRow[]>`
    SELECT DISTINCT w.namespace, w.claim, s.at, s.value
      FROM unnest(
        ${wanted.map((w) => w.namespace)}::text[],
        ${wanted.map((w) => w.claim)}::text[],
        ${wanted.map((w) => w.at)}::timestamptz[],
        ${wanted.map((w) => w.since)}::timestamptz[]
      ) AS w(namespace, claim, at, since)
      CROSS JOIN LATERAL (
        SELECT ms.at, ms.value
          FROM metric_series se
          JOIN metric_sample ms ON ms.cluster_id = se.cluster_id AND ms.series_id = se.id
         WHERE se.cluster_id = ${input.clusterId}::uuid
           AND se.metric = 'volume_used_bytes'
           AND se.namespace = w.namespace
           AND se.persistent_volume_claim = w.claim
           AND ms.at <= w.at AND ms.at >= w.since
         ORDER BY ms.at DESC, ms.value DESC
         LIMIT 1
      ) s`;
  return rows.map((r) => ({ namespace: r.namespace, claim: r.claim, at: r.at, bytes: Number(r.value) }));
}
