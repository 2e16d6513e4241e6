import { Prisma } from "../../db/generated/client";
import type { ChainFlag, ChainSort } from "../../services/snapshots/snapshot-chain-options";
import { namespaceOwnedByTeams, type TeamIds } from "../scope/team-scope-sql";

export type { ChainFlag, ChainSort } from "../../services/snapshots/snapshot-chain-options";

// One row per snapshot chain with at least one snapshot alive at `now`, in SQL, so the chains list
// can filter, sort by cost and paginate on the server. The rules mirror the pure model
// (buildSnapshotChains, snapshotAllocation): a chain is a source volume handle, or a lone
// pre-provisioned content; its claim is the source PV's claimRef, else the snapshots' source PVC.

export interface ChainViewFilter {
  /** undefined: every cluster. */
  clusterId?: string;
  chainId?: string;
  namespace?: string;
  flag?: ChainFlag;
  now: Date;
  /**
   * The teams whose chains are read (null: every team). A chain is its source claim's namespace's,
   * else the namespace its snapshots were taken in: the likely owner of a chain whose source is gone.
   */
  teamIds: TeamIds;
}

export interface ChainViewRow {
  cluster_id: string;
  cluster_name: string;
  provider: string;
  chain_id: string;
  handle: string | null;
  snapshots: number;
  oldest_at: Date;
  newest_at: Date;
  retained_orphans: number;
  without_snapshot: number;
  namespace: string | null;
  volume_name: string | null;
  storage_class_name: string | null;
  claim_namespace: string | null;
  claim_name: string | null;
  source_gone: boolean;
  rate_day: string | null;
  run_rate: Prisma.Decimal | null;
  unallocated_rate: Prisma.Decimal | null;
  any_unallocated: boolean | null;
  currency: string | null;
  currency_count: bigint | null;
  all_unpriced: boolean | null;
  any_unpriced: boolean | null;
  any_estimated: boolean | null;
}

const alive = (table: string, now: Date) =>
  Prisma.sql`(${Prisma.raw(table)}.created_at <= ${now} AND (${Prisma.raw(table)}.deleted_at IS NULL OR ${Prisma.raw(table)}.deleted_at > ${now}))`;

/**
 * A day's cost scaled to a month by the rule that prorated it (the same as the volumes list): AWS
 * month units over the hours of that calendar month, everything else over 730 hours. A day's cost
 * × (those hours / 24) is the month the chain costs if it stays as it was that day.
 */
const MONTH_HOURS = Prisma.sql`CASE
  WHEN d.provider = 'aws' AND f.unit IN ('GB_month', 'GiB_month')
  THEN extract(epoch FROM (date_trunc('month', d.day::timestamp) + interval '1 month')
                          - date_trunc('month', d.day::timestamp)) / 3600
  ELSE 730 END`;

const CHAIN_ID = (alias: string) =>
  Prisma.sql`CASE WHEN ${Prisma.raw(alias)}.source_volume_handle IS NULL THEN 'content:' || ${Prisma.raw(alias)}.uid
                  ELSE 'volume:' || ${Prisma.raw(alias)}.source_volume_handle END`;

/** `WITH … chain_view AS (…)`: every live chain in scope with its source, flags and run-rate. */
export function chainViewSql(filter: Pick<ChainViewFilter, "clusterId" | "now">): Prisma.Sql {
  const { now } = filter;
  const today = now.toISOString().slice(0, 10);
  const inCluster = (column: string) =>
    filter.clusterId ? Prisma.sql`${Prisma.raw(column)} = ${filter.clusterId}::uuid` : Prisma.sql`TRUE`;
  return Prisma.sql`
  WITH live AS (
    SELECT vsc.cluster_id, vsc.uid, vsc.deletion_policy, vsc.source_volume_handle AS handle,
           coalesce(vsc.creation_time, vsc.created_at) AS taken_at, ${CHAIN_ID("vsc")} AS chain_id,
           coalesce(vsc.snapshot_ref_namespace, vs.namespace) AS ref_namespace,
           vs.namespace AS vs_namespace, vs.source_pvc_name,
           coalesce(${alive("vs", now)}, FALSE) AS has_snapshot
      FROM volume_snapshot_content vsc
      -- Its VolumeSnapshot: by the snapshotRef's uid, else the one bound to it by name.
      LEFT JOIN LATERAL (
        SELECT s.namespace, s.source_pvc_name, s.created_at, s.deleted_at
          FROM volume_snapshot s
         WHERE s.cluster_id = vsc.cluster_id
           AND CASE WHEN vsc.snapshot_ref_uid IS NOT NULL THEN s.uid = vsc.snapshot_ref_uid
                    ELSE s.bound_content_name = vsc.name AND s.namespace = vsc.snapshot_ref_namespace
                         AND s.name = vsc.snapshot_ref_name END
         ORDER BY ${alive("s", now)} DESC, s.created_at DESC
         LIMIT 1
      ) vs ON TRUE
     WHERE ${inCluster("vsc.cluster_id")}
       AND coalesce(vsc.creation_time, vsc.created_at) <= ${now}
       AND (vsc.deleted_at IS NULL OR vsc.deleted_at > ${now})
  ),
  chains AS (
    SELECT l.cluster_id, l.chain_id, min(l.handle) AS handle, count(*)::int AS snapshots,
           min(l.taken_at) AS oldest_at, max(l.taken_at) AS newest_at,
           (count(*) FILTER (WHERE l.deletion_policy = 'Retain' AND NOT l.has_snapshot))::int AS retained_orphans,
           (count(*) FILTER (WHERE NOT l.has_snapshot))::int AS without_snapshot,
           (array_agg(l.vs_namespace ORDER BY l.taken_at) FILTER (WHERE l.source_pvc_name IS NOT NULL))[1] AS snap_namespace,
           (array_agg(l.source_pvc_name ORDER BY l.taken_at) FILTER (WHERE l.source_pvc_name IS NOT NULL))[1] AS snap_pvc,
           (array_agg(l.ref_namespace ORDER BY l.taken_at DESC))[1] AS ref_namespace
      FROM live l
     GROUP BY l.cluster_id, l.chain_id
  ),
  -- The chain's first snapshot ever (deleted ones too): the model picks the PV and PVC alive then.
  chain_first AS (
    SELECT ch.*, coalesce(
             (SELECT min(coalesce(x.creation_time, x.created_at)) FROM volume_snapshot_content x
               WHERE x.cluster_id = ch.cluster_id AND x.source_volume_handle = ch.handle),
             ch.oldest_at) AS first_at
      FROM chains ch
  ),
  chain_volume AS (
    SELECT DISTINCT ON (f.cluster_id, f.chain_id) f.cluster_id, f.chain_id, pv.name AS volume_name,
           pv.storage_class_name, pv.claim_uid, pv.claim_namespace, pv.claim_name
      FROM chain_first f
      JOIN persistent_volume pv ON pv.cluster_id = f.cluster_id AND pv.volume_handle = f.handle
     ORDER BY f.cluster_id, f.chain_id,
              (pv.created_at <= f.first_at AND (pv.deleted_at IS NULL OR pv.deleted_at > f.first_at)) DESC,
              (pv.created_at <= f.first_at) DESC, pv.created_at DESC
  ),
  chain_claim AS (
    SELECT DISTINCT ON (f.cluster_id, f.chain_id) f.cluster_id, f.chain_id, pvc.namespace, pvc.name,
           ${alive("pvc", now)} AS alive_now
      FROM chain_first f
      LEFT JOIN chain_volume v ON v.cluster_id = f.cluster_id AND v.chain_id = f.chain_id
      JOIN persistent_volume_claim pvc ON pvc.cluster_id = f.cluster_id
       AND (pvc.uid = v.claim_uid
            OR (pvc.namespace = CASE WHEN v.claim_name IS NOT NULL THEN v.claim_namespace ELSE f.snap_namespace END
                AND pvc.name = CASE WHEN v.claim_name IS NOT NULL THEN v.claim_name ELSE f.snap_pvc END))
     WHERE f.handle IS NOT NULL
     ORDER BY f.cluster_id, f.chain_id, (pvc.uid = v.claim_uid) IS TRUE DESC,
              (pvc.created_at <= f.first_at AND (pvc.deleted_at IS NULL OR pvc.deleted_at > f.first_at)) DESC,
              (pvc.created_at <= f.first_at) DESC, pvc.created_at DESC
  ),
  -- The last full day with facts (today's cover only the hours so far).
  -- MATERIALIZED: evaluated once per cluster, not once per fact the join below reads.
  last_day AS MATERIALIZED (
    SELECT c.id AS cluster_id, c.provider,
           -- Facts are computed per cluster and day, volumes and snapshots together: the cluster's
           -- latest day before today is theirs. It is in the month of the latest run starting before
           -- today (fact runs stay within a month), whose runs the index reads.
           (SELECT max(least(m.last_day, ${today}::date - 1)) FROM cost_fact m
             WHERE m.cluster_id = c.id AND m.first_day < ${today}::date
               AND m.first_day >= (SELECT date_trunc('month', max(x.first_day)::timestamp)::date FROM cost_fact x
                                    WHERE x.cluster_id = c.id AND x.first_day < ${today}::date)) AS day
      FROM cluster c
     WHERE ${inCluster("c.id")}
  ),
  day_cost AS MATERIALIZED (
    SELECT f.cluster_id, ${CHAIN_ID("vsc")} AS chain_id, to_char(d.day, 'YYYY-MM-DD') AS rate_day,
           sum(f.cost * ${MONTH_HOURS} / 24) AS run_rate,
           sum(f.cost * ${MONTH_HOURS} / 24) FILTER (WHERE f.allocation = 'unallocated') AS unallocated_rate,
           bool_or(f.allocation = 'unallocated') AS any_unallocated,
           min(f.currency::text) AS currency, count(DISTINCT f.currency) AS currency_count,
           bool_and(f.status = 'unpriced') AS all_unpriced, bool_or(f.status = 'unpriced') AS any_unpriced,
           bool_or(f.status = 'estimated') AS any_estimated
      FROM last_day d
      JOIN cost_fact f ON f.cluster_id = d.cluster_id AND f.resource_kind = 'VolumeSnapshotContent'
       AND f.first_day BETWEEN date_trunc('month', d.day::timestamp)::date AND d.day AND f.last_day >= d.day
      JOIN volume_snapshot_content vsc ON vsc.cluster_id = f.cluster_id AND vsc.uid = f.resource_uid
     GROUP BY 1, 2, 3
  ),
  chain_view AS (
    SELECT ch.cluster_id, c.name AS cluster_name, c.provider::text AS provider, ch.chain_id, ch.handle,
           ch.snapshots, ch.oldest_at, ch.newest_at, ch.retained_orphans, ch.without_snapshot,
           coalesce(cc.namespace, v.claim_namespace, ch.ref_namespace) AS namespace,
           v.volume_name, v.storage_class_name,
           coalesce(cc.namespace, v.claim_namespace, ch.snap_namespace) AS claim_namespace,
           coalesce(cc.name, v.claim_name, ch.snap_pvc) AS claim_name,
           (ch.handle IS NOT NULL AND coalesce(cc.alive_now, FALSE) = FALSE) AS source_gone,
           dc.rate_day, CASE WHEN dc.all_unpriced OR dc.currency_count > 1 THEN NULL ELSE dc.run_rate END AS run_rate,
           dc.unallocated_rate, dc.any_unallocated, dc.currency, dc.currency_count,
           dc.all_unpriced, dc.any_unpriced, dc.any_estimated
      FROM chain_first ch
      JOIN cluster c ON c.id = ch.cluster_id
      LEFT JOIN chain_volume v ON v.cluster_id = ch.cluster_id AND v.chain_id = ch.chain_id
      LEFT JOIN chain_claim cc ON cc.cluster_id = ch.cluster_id AND cc.chain_id = ch.chain_id
      LEFT JOIN day_cost dc ON dc.cluster_id = ch.cluster_id AND dc.chain_id = ch.chain_id
  )`;
}

/** The chain filter on chain_view rows (`cv`), apart from the cluster, which scopes the CTE itself. */
export function chainViewWhere(filter: ChainViewFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [namespaceOwnedByTeams(filter.teamIds, "cv", "namespace")];
  if (filter.chainId) parts.push(Prisma.sql`cv.chain_id = ${filter.chainId}`);
  if (filter.namespace) parts.push(Prisma.sql`cv.namespace = ${filter.namespace}`);
  if (filter.flag === "orphaned") parts.push(Prisma.sql`(cv.retained_orphans > 0 OR cv.source_gone)`);
  if (filter.flag === "retained") parts.push(Prisma.sql`cv.retained_orphans > 0`);
  if (filter.flag === "source-gone") parts.push(Prisma.sql`cv.source_gone`);
  if (filter.flag === "unallocated") parts.push(Prisma.sql`coalesce(cv.any_unallocated, FALSE)`);
  return Prisma.join(parts, " AND ");
}

export const CHAIN_ORDER: Record<ChainSort, Prisma.Sql> = {
  cost: Prisma.sql`cv.run_rate DESC NULLS LAST, cv.snapshots DESC, cv.cluster_name, cv.chain_id`,
  snapshots: Prisma.sql`cv.snapshots DESC, cv.run_rate DESC NULLS LAST, cv.cluster_name, cv.chain_id`,
  oldest: Prisma.sql`cv.oldest_at ASC, cv.run_rate DESC NULLS LAST, cv.cluster_name, cv.chain_id`,
};

/** A run-rate's status: priced, estimated, partial (some facts unpriced), unpriced, mixed-currency. */
export function runRateStatus(
  row: Pick<ChainViewRow, "rate_day" | "currency_count" | "all_unpriced" | "any_unpriced" | "any_estimated">,
): RunRateStatus | null {
  if (row.rate_day === null) return null;
  if (Number(row.currency_count ?? 0) > 1) return "mixed-currency";
  if (row.all_unpriced) return "unpriced";
  if (row.any_unpriced) return "partial";
  return row.any_estimated ? "estimated" : "priced";
}

export type RunRateStatus = "priced" | "estimated" | "partial" | "unpriced" | "mixed-currency";
