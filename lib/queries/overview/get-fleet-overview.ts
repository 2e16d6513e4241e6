import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { namespaceOwnedByTeams, type TeamIds } from "../scope/team-scope-sql";

// Volumes are PersistentVolumes that exist at `asOf`: created by then and not deleted by then.
// Capacity is each PV's provisioned capacity (spec.capacity.storage), what block storage bills.

interface ClusterRow {
  id: string;
  name: string;
  provider: string;
  region: string | null;
  volume_count: bigint;
  capacity_bytes: Prisma.Decimal | null;
}

interface StorageClassRow {
  cluster_name: string;
  storage_class_name: string | null;
  provisioner: string | null;
  volume_count: bigint;
  capacity_bytes: Prisma.Decimal;
}

export interface FleetOverviewCluster {
  id: string;
  name: string;
  provider: string;
  region: string | null;
  volumeCount: number;
  /** Bytes as a decimal string: sums of bigint can pass 2^53. */
  capacityBytes: string;
}

export interface FleetOverviewStorageClass {
  clusterName: string;
  /** null: volumes with no storage class (statically provisioned). */
  storageClassName: string | null;
  provisioner: string | null;
  volumeCount: number;
  capacityBytes: string;
}

export interface FleetOverviewPhase {
  phase: string;
  volumeCount: number;
  capacityBytes: string;
}

export interface FleetOverview {
  asOf: string;
  totals: { clusters: number; volumes: number; capacityBytes: string };
  clusters: FleetOverviewCluster[];
  storageClasses: FleetOverviewStorageClass[];
  /** Volumes by their current phase: Released and Available ones are billed with no claim. */
  phases: FleetOverviewPhase[];
}

interface PhaseRow {
  phase: string;
  volume_count: bigint;
  capacity_bytes: Prisma.Decimal;
}

/** The volumes alive at `asOf` that the teams own (a volume is its last claim's namespace's). */
function liveAt(asOf: Date, teamIds: TeamIds) {
  return Prisma.sql`pv.created_at <= ${asOf} AND (pv.deleted_at IS NULL OR pv.deleted_at > ${asOf})
    AND ${namespaceOwnedByTeams(teamIds, "pv", "claim_namespace")}`;
}

export async function readFleetOverview(
  db: Db,
  { asOf, teamIds }: { asOf: Date; teamIds: TeamIds },
): Promise<FleetOverview> {
  const clusterRows = await db.$queryRaw<ClusterRow[]>`
    SELECT c.id, c.name, c.provider::text AS provider, c.region,
           count(pv.uid) AS volume_count, sum(pv.capacity_bytes) AS capacity_bytes
      FROM cluster c
      LEFT JOIN persistent_volume pv ON pv.cluster_id = c.id AND ${liveAt(asOf, teamIds)}
     GROUP BY c.id
     ORDER BY c.name`;
  const classRows = await db.$queryRaw<StorageClassRow[]>`
    SELECT c.name AS cluster_name, pv.storage_class_name,
           (SELECT sc.provisioner FROM storage_class sc
             WHERE sc.cluster_id = pv.cluster_id AND sc.name = pv.storage_class_name
             ORDER BY sc.created_at DESC LIMIT 1) AS provisioner,
           count(*) AS volume_count, sum(pv.capacity_bytes) AS capacity_bytes
      FROM persistent_volume pv
      JOIN cluster c ON c.id = pv.cluster_id
     WHERE ${liveAt(asOf, teamIds)}
     GROUP BY c.name, pv.cluster_id, pv.storage_class_name
     ORDER BY sum(pv.capacity_bytes) DESC, c.name, pv.storage_class_name`;

  const phaseRows = await db.$queryRaw<PhaseRow[]>`
    SELECT pv.phase::text AS phase, count(*) AS volume_count, sum(pv.capacity_bytes) AS capacity_bytes
      FROM persistent_volume pv
     WHERE ${liveAt(asOf, teamIds)}
     GROUP BY pv.phase
     ORDER BY pv.phase`;

  const clusters = clusterRows.map((row) => ({
    id: row.id,
    name: row.name,
    provider: row.provider,
    region: row.region,
    volumeCount: Number(row.volume_count),
    capacityBytes: (row.capacity_bytes ?? new Prisma.Decimal(0)).toFixed(0),
  }));
  const totalCapacity = clusterRows.reduce(
    (sum, row) => sum.plus(row.capacity_bytes ?? 0),
    new Prisma.Decimal(0),
  );
  return {
    asOf: asOf.toISOString(),
    totals: {
      clusters: clusters.length,
      volumes: clusters.reduce((sum, c) => sum + c.volumeCount, 0),
      capacityBytes: totalCapacity.toFixed(0),
    },
    clusters,
    storageClasses: classRows.map((row) => ({
      clusterName: row.cluster_name,
      storageClassName: row.storage_class_name,
      provisioner: row.provisioner,
      volumeCount: Number(row.volume_count),
      capacityBytes: row.capacity_bytes.toFixed(0),
    })),
    phases: phaseRows.map((row) => ({
      phase: row.phase,
      volumeCount: Number(row.volume_count),
      capacityBytes: row.capacity_bytes.toFixed(0),
    })),
  };
}
