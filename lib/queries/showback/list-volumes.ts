import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import type { TVolumesQuery } from "../../services/showback/showback-params";
import { getClusterByNameOrThrow } from "../clusters/get-cluster-by-name-or-throw";
import { namespaceOwnedByTeams, type TeamIds } from "../scope/team-scope-sql";
import { NO_STORAGE_CLASS } from "./showback-sql";

export type VolumesParams = TVolumesQuery & { teamIds: TeamIds };

export interface VolumeListItem {
  clusterName: string;
  uid: string;
  name: string;
  claimNamespace: string | null;
  claimName: string | null;
  storageClassName: string | null;
  capacityBytes: string;
  phase: string;
  reclaimPolicy: string;
  createdAt: string;
  deletedAt: string | null;
  /** The day of the volume's latest facts, which the run-rate is computed from; null: no facts. */
  runRateDay: string | null;
  /** What a month costs at the latest day's rate; null when unpriced or in mixed currencies. */
  monthlyRunRate: string | null;
  currency: string | null;
  /** priced | estimated | included | partial (some components unpriced) | unpriced | mixed-currency. */
  runRateStatus: string | null;
}

export interface VolumesResult {
  items: VolumeListItem[];
  total: number;
  page: number;
  pageSize: number;
  filterOptions: { clusters: string[]; storageClasses: string[] };
}

interface VolumeRow {
  cluster_name: string;
  uid: string;
  name: string;
  claim_namespace: string | null;
  claim_name: string | null;
  storage_class_name: string | null;
  capacity_bytes: bigint;
  phase: string;
  reclaim_policy: string;
  created_at: Date;
  deleted_at: Date | null;
  rate_day: string | null;
  run_rate: Prisma.Decimal | null;
  currency: string | null;
  currency_count: bigint | null;
  all_unpriced: boolean | null;
  any_unpriced: boolean | null;
  any_estimated: boolean | null;
  all_included: boolean | null;
}

/**
 * A day's cost scaled to a month by the same rule that prorated it: AWS month units over the hours
 * of that calendar month, everything else over 730 hours. So a volume that existed all day bills,
 * at this rate, exactly its monthly price.
 */
const MONTH_HOURS = Prisma.sql`CASE
  WHEN c.provider = 'aws' AND f.unit IN ('GB_month', 'GiB_month', 'IOPS_month', 'MiBps_month')
  THEN extract(epoch FROM (date_trunc('month', f.last_day::timestamp) + interval '1 month')
                          - date_trunc('month', f.last_day::timestamp)) / 3600
  ELSE 730 END`;

const ORDER: Record<VolumesParams["sort"], Prisma.Sql> = {
  "cost-desc": Prisma.sql`r.run_rate DESC NULLS LAST, c.name, pv.name`,
  "cost-asc": Prisma.sql`r.run_rate ASC NULLS LAST, c.name, pv.name`,
  "capacity-desc": Prisma.sql`pv.capacity_bytes DESC, c.name, pv.name`,
  "name-asc": Prisma.sql`pv.name, c.name`,
};

function status(row: VolumeRow): string | null {
  if (row.rate_day === null) return null;
  if (Number(row.currency_count ?? 0) > 1) return "mixed-currency";
  if (row.all_unpriced) return "unpriced";
  if (row.any_unpriced) return "partial";
  if (row.all_included) return "included";
  return row.any_estimated ? "estimated" : "priced";
}

/** The volume inventory, filtered, one page at a time, with each volume's monthly run-rate. */
export async function readVolumes(db: Db, params: VolumesParams): Promise<VolumesResult> {
  const cluster = params.cluster ? await getClusterByNameOrThrow(db, params.cluster) : undefined;
  // A volume is its claim's: a released volume keeps the claim that last bound it (its likely owner).
  const inScope = namespaceOwnedByTeams(params.teamIds, "pv", "claim_namespace");
  const parts: Prisma.Sql[] = [inScope];
  if (cluster) parts.push(Prisma.sql`pv.cluster_id = ${cluster.id}::uuid`);
  if (params.namespace) parts.push(Prisma.sql`pv.claim_namespace = ${params.namespace}`);
  if (params.storageClass) {
    parts.push(
      params.storageClass === NO_STORAGE_CLASS
        ? Prisma.sql`pv.storage_class_name IS NULL`
        : Prisma.sql`pv.storage_class_name = ${params.storageClass}`,
    );
  }
  if (params.phase) parts.push(Prisma.sql`pv.phase = ${params.phase}::"PersistentVolumePhase"`);
  if (params.include === "live") parts.push(Prisma.sql`pv.deleted_at IS NULL`);
  if (params.search) {
    const like = `%${params.search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    parts.push(
      Prisma.sql`(pv.name ILIKE ${like} OR pv.claim_name ILIKE ${like} OR pv.uid = ${params.search})`,
    );
  }
  const where = Prisma.join(parts, " AND ");

  const [count, rows, clusters, classes] = await Promise.all([
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM persistent_volume pv WHERE ${where}`,
    db.$queryRaw<VolumeRow[]>`
      SELECT c.name AS cluster_name, pv.uid, pv.name, pv.claim_namespace, pv.claim_name,
             pv.storage_class_name, pv.capacity_bytes, pv.phase::text AS phase,
             pv.reclaim_policy::text AS reclaim_policy, pv.created_at, pv.deleted_at,
             r.rate_day, r.run_rate, r.currency, r.currency_count, r.all_unpriced, r.any_unpriced,
             r.any_estimated, r.all_included
        FROM persistent_volume pv
        JOIN cluster c ON c.id = pv.cluster_id
        LEFT JOIN LATERAL (
          SELECT to_char(f.last_day, 'YYYY-MM-DD') AS rate_day,
                 sum(f.cost * ${MONTH_HOURS} / nullif(f.hours, 0)) AS run_rate,
                 min(f.currency::text) AS currency, count(DISTINCT f.currency) AS currency_count,
                 bool_and(f.status = 'unpriced') AS all_unpriced, bool_or(f.status = 'unpriced') AS any_unpriced,
                 bool_or(f.status = 'estimated') AS any_estimated, bool_and(f.status = 'included') AS all_included
            FROM cost_fact f
           WHERE f.cluster_id = pv.cluster_id AND f.resource_kind = 'PersistentVolume' AND f.resource_uid = pv.uid
             -- The runs that cover the volume's latest day with facts end on it.
             AND f.last_day = (SELECT max(m.last_day) FROM cost_fact m
                                WHERE m.cluster_id = pv.cluster_id AND m.resource_kind = 'PersistentVolume'
                                  AND m.resource_uid = pv.uid)
           GROUP BY f.last_day
        ) r ON TRUE
       WHERE ${where}
       ORDER BY ${ORDER[params.sort]}
       LIMIT ${params.pageSize} OFFSET ${(params.page - 1) * params.pageSize}`,
    db.cluster.findMany({ select: { name: true }, orderBy: { name: "asc" } }),
    db.$queryRaw<{ name: string | null }[]>`
      SELECT DISTINCT pv.storage_class_name AS name FROM persistent_volume pv
       WHERE ${cluster ? Prisma.sql`pv.cluster_id = ${cluster.id}::uuid` : Prisma.sql`TRUE`} AND ${inScope}
       ORDER BY 1 NULLS LAST`,
  ]);

  return {
    items: rows.map((row) => {
      const rowStatus = status(row);
      return {
        clusterName: row.cluster_name,
        uid: row.uid,
        name: row.name,
        claimNamespace: row.claim_namespace,
        claimName: row.claim_name,
        storageClassName: row.storage_class_name,
        capacityBytes: row.capacity_bytes.toString(),
        phase: row.phase,
        reclaimPolicy: row.reclaim_policy,
        createdAt: row.created_at.toISOString(),
        deletedAt: row.deleted_at?.toISOString() ?? null,
        runRateDay: row.rate_day,
        monthlyRunRate:
          rowStatus === "mixed-currency" || rowStatus === "unpriced" || !row.run_rate
            ? null
            : row.run_rate.toDecimalPlaces(10).toFixed(),
        currency: rowStatus === "mixed-currency" ? null : (row.currency?.trim() ?? null),
        runRateStatus: rowStatus,
      };
    }),
    total: Number(count[0]?.n ?? 0),
    page: params.page,
    pageSize: params.pageSize,
    filterOptions: {
      clusters: clusters.map((c) => c.name),
      storageClasses: classes.map((c) => c.name ?? NO_STORAGE_CLASS),
    },
  };
}
