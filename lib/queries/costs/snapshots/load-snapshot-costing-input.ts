import { buildSnapshotChains } from "../../../costing/snapshots/build-snapshot-chains";
import { parseChangeRateSettings, SNAPSHOT_CHANGE_RATES_KEY } from "../../../costing/snapshots/change-rate";
import type {
  SnapshotContentInput,
  SnapshotCostingInput,
  UsedBytesSample,
} from "../../../costing/snapshots/types";
import { USED_BYTES_LOOKBACK_MS } from "../../../costing/snapshots/used-bytes-at";
import type { VolumeSnapshotContent } from "../../../db/generated/client";
import type { Db } from "../../../db/prisma";
import type { StorageClassInput } from "../../../pricing/resolve/types";
import type { IsoDay } from "../../../pricing/types";
import { getPricingContext } from "../../pricing/get-pricing-context";

const DAY_MS = 86_400_000;

const strings = (json: unknown): Record<string, string> =>
  json && typeof json === "object"
    ? Object.fromEntries(Object.entries(json).filter((e): e is [string, string] => typeof e[1] === "string"))
    : {};

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
  const windowEnd = new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS);
  const createdBeforeEnd = [{ createdAt: { lt: windowEnd } }, { creationTime: { lt: windowEnd } }];
  const alive = await db.volumeSnapshotContent.findMany({
    where: {
      clusterId,
      OR: createdBeforeEnd,
      AND: [{ OR: [{ deletedAt: null }, { deletedAt: { gte: windowStart } }] }],
    },
    select: { uid: true, sourceVolumeHandle: true },
  });
  const handles = [...new Set(alive.flatMap((c) => (c.sourceVolumeHandle ? [c.sourceVolumeHandle] : [])))];
  const rows = await db.volumeSnapshotContent.findMany({
    where: {
      clusterId,
      OR: [{ uid: { in: alive.map((c) => c.uid) } }, { sourceVolumeHandle: { in: handles } }],
      AND: [{ OR: createdBeforeEnd }],
    },
  });
  return completeSnapshotCostingInput(db, cluster, rows);
}

/**
 * The rest of the costing input for a chosen set of VolumeSnapshotContents (whole chains): their
 * VolumeSnapshots, source PVs, PVCs and StorageClasses, the used-bytes samples, the change-rate
 * setting and the pricing context. Shared by the cost facts (a cluster's window) and the
 * Snapshots page (a page of chains), so both see the same sizes.
 */
export async function completeSnapshotCostingInput(
  db: Db,
  cluster: { id: string; orgId: string; provider: SnapshotCostingInput["provider"]; region: string | null },
  rows: VolumeSnapshotContent[],
): Promise<SnapshotCostingInput> {
  const clusterId = cluster.id;
  const handles = [...new Set(rows.flatMap((c) => (c.sourceVolumeHandle ? [c.sourceVolumeHandle] : [])))];
  const contents = rows.map(
    (c): SnapshotContentInput => ({
      uid: c.uid,
      name: c.name,
      driver: c.driver,
      deletionPolicy: c.deletionPolicy,
      volumeSnapshotClassName: c.volumeSnapshotClassName,
      sourceVolumeHandle: c.sourceVolumeHandle,
      sourceSnapshotHandle: c.sourceSnapshotHandle,
      snapshotHandle: c.snapshotHandle,
      snapshotRefNamespace: c.snapshotRefNamespace,
      snapshotRefName: c.snapshotRefName,
      snapshotRefUid: c.snapshotRefUid,
      creationTime: c.creationTime,
      createdAt: c.createdAt,
      deletedAt: c.deletedAt,
      restoreSizeBytes: c.restoreSizeBytes,
      storedBytes: c.storedBytes,
      storedBytesSource: c.storedBytesSource,
      storedBytesObservedAt: c.lastSeenAt,
      baseSnapshotHandle: c.baseSnapshotHandle,
      storageTier: c.storageTier,
    }),
  );

  const refUids = contents.flatMap((c) => (c.snapshotRefUid ? [c.snapshotRefUid] : []));
  const [snapshots, volumes, setting, pricing] = await Promise.all([
    db.volumeSnapshot.findMany({
      where: {
        clusterId,
        OR: [{ uid: { in: refUids } }, { boundContentName: { in: contents.map((c) => c.name) } }],
      },
    }),
    db.persistentVolume.findMany({ where: { clusterId, volumeHandle: { in: handles } } }),
    db.setting.findUnique({ where: { key: SNAPSHOT_CHANGE_RATES_KEY } }),
    getPricingContext(db, { orgIds: [cluster.orgId] }),
  ]);

  const claimNames = [
    ...volumes.flatMap((v) =>
      v.claimNamespace && v.claimName ? [{ namespace: v.claimNamespace, name: v.claimName }] : [],
    ),
    ...snapshots.flatMap((s) => (s.sourcePvcName ? [{ namespace: s.namespace, name: s.sourcePvcName }] : [])),
  ];
  const classNames = [...new Set(volumes.flatMap((v) => (v.storageClassName ? [v.storageClassName] : [])))];
  const [claims, classes] = await Promise.all([
    db.persistentVolumeClaim.findMany({
      where: {
        clusterId,
        OR: [{ uid: { in: volumes.flatMap((v) => (v.claimUid ? [v.claimUid] : [])) } }, ...claimNames],
      },
      select: { uid: true, namespace: true, name: true, createdAt: true, deletedAt: true },
    }),
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
    snapshots: snapshots.map((s) => ({
      uid: s.uid,
      namespace: s.namespace,
      name: s.name,
      sourcePvcName: s.sourcePvcName,
      boundContentName: s.boundContentName,
      createdAt: s.createdAt,
      deletedAt: s.deletedAt,
    })),
    volumes: volumes.map((v) => ({
      uid: v.uid,
      name: v.name,
      volumeHandle: v.volumeHandle,
      storageClassName: v.storageClassName,
      csiDriver: v.csiDriver,
      region: v.region,
      zone: v.zone,
      capacityBytes: v.capacityBytes,
      claimNamespace: v.claimNamespace,
      claimName: v.claimName,
      claimUid: v.claimUid,
      createdAt: v.createdAt,
      deletedAt: v.deletedAt,
      volumeAttributes: strings(v.volumeAttributes),
      annotations: strings(v.annotations),
    })),
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
