import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { getClusterByNameOrThrow } from "../clusters/get-cluster-by-name-or-throw";
import { type CostWindow, previousWindow, windowDays } from "./cost-window";
import { type CurrencyTotal, selectCurrency } from "./select-currency";
import type { ShowbackGrouping } from "./showback-params";
import {
  type CostFigures,
  change,
  type FiguresRow,
  groupSql,
  inWindow,
  money,
  NO_COST_CENTRE_KEY,
  NO_TEAM_KEY,
  ROLLUP_FIGURES,
  ROLLUPS_FROM,
  toFigures,
  UNALLOCATED_KEY,
} from "./showback-sql";

export interface ShowbackParams extends CostWindow {
  by: ShowbackGrouping;
  cluster?: string;
  currency?: string;
  page: number;
  pageSize: number;
}

export interface ShowbackChange {
  /** Total of the previous window of the same length, same currency. */
  previousTotal: string;
  change: string;
  /** change / previousTotal; null when there was no spend before. */
  changeRatio: number | null;
}

export interface ShowbackGroup extends CostFigures, ShowbackChange {
  key: string;
  name: string;
  /** unallocated: the explicit group of costs with no owner; unassigned: an owner with no team/cost centre. */
  kind: "group" | "unallocated" | "unassigned";
  clusterName: string | null;
  teamSlug: string | null;
}

export interface ShowbackUnallocatedOwner {
  clusterName: string;
  /** The namespace of the claim the resources last belonged to; null when nobody ever claimed them. */
  namespace: string | null;
  teamSlug: string | null;
  teamName: string | null;
  total: string;
  resourceDays: number;
  unpricedResourceDays: number;
}

export interface ShowbackTrendPoint {
  day: string;
  /** Every group's spend that day, not only this page's. */
  total: string;
  /** The spend of each group of this page, by key (absent: none that day). */
  groups: Record<string, string>;
}

export interface ShowbackResult {
  window: CostWindow & { days: number };
  previousWindow: CostWindow;
  by: ShowbackGrouping;
  clusterName: string | null;
  /** Every cluster's name, for the filter. */
  clusters: string[];
  currency: string;
  currencies: CurrencyTotal[];
  totals: CostFigures & ShowbackChange;
  /** Unallocated spend by likely owner, largest first (at most UNALLOCATED_OWNERS of ownerCount). */
  unallocatedByOwner: { items: ShowbackUnallocatedOwner[]; ownerCount: number };
  groups: ShowbackGroup[];
  groupCount: number;
  page: number;
  pageSize: number;
  trend: ShowbackTrendPoint[];
  /** The first and last day any fact exists (in the cluster filter), whatever the window: for empty states. */
  factDays: { first: string; last: string } | null;
}

const UNALLOCATED_OWNERS = 20;

interface GroupRow extends FiguresRow {
  key: string;
  name: string;
  cluster: string | null;
  team: string | null;
}

function groupKind(by: ShowbackGrouping, key: string): ShowbackGroup["kind"] {
  if (key === UNALLOCATED_KEY && (by === "namespace" || by === "team" || by === "cost-centre")) {
    return "unallocated";
  }
  if ((by === "team" && key === NO_TEAM_KEY) || (by === "cost-centre" && key === NO_COST_CENTRE_KEY)) {
    return "unassigned";
  }
  return "group";
}

/**
 * Spend over a window grouped by cluster, namespace, team, cost centre, storage class or category,
 * one page of groups at a time, largest first. Every fact of the window (in the chosen currency)
 * is in exactly one group, so the groups add up to the total, unallocated spend included.
 */
export async function getShowback(db: Db, params: ShowbackParams): Promise<ShowbackResult> {
  const cluster = params.cluster ? await getClusterByNameOrThrow(db, params.cluster) : undefined;
  const clusterFilter = cluster ? Prisma.sql`cf.cluster_id = ${cluster.id}::uuid` : Prisma.sql`TRUE`;
  const window = { from: params.from, to: params.to };
  const previous = previousWindow(window);
  const { currency, currencies } = await selectCurrency(
    db,
    { rollups: Prisma.sql`${inWindow(window)} AND ${clusterFilter}` },
    params.currency,
  );
  const scope = Prisma.sql`${inWindow(window)} AND ${clusterFilter} AND cf.currency = ${currency}`;
  const previousScope = Prisma.sql`${inWindow(previous)} AND ${clusterFilter} AND cf.currency = ${currency}`;
  const group = groupSql(params.by);

  const [clusters, totalsRows, previousRows, countRows, groupRows, ownerRows, factDayRows] =
    await Promise.all([
      db.cluster.findMany({ select: { name: true }, orderBy: { name: "asc" } }),
      db.$queryRaw<FiguresRow[]>`SELECT ${ROLLUP_FIGURES} ${ROLLUPS_FROM} WHERE ${scope}`,
      db.$queryRaw<{ total: Prisma.Decimal | null }[]>`
      SELECT sum(cf.cost) AS total ${ROLLUPS_FROM} WHERE ${previousScope}`,
      db.$queryRaw<{ n: bigint }[]>`SELECT count(DISTINCT ${group.key}) AS n ${ROLLUPS_FROM} WHERE ${scope}`,
      db.$queryRaw<GroupRow[]>`
      SELECT ${group.key} AS key, max(${group.name}) AS name, max(${group.cluster}) AS cluster,
             max(${group.team}) AS team, ${ROLLUP_FIGURES}
      ${ROLLUPS_FROM}
       WHERE ${scope}
       GROUP BY 1
       ORDER BY sum(cf.cost) DESC NULLS LAST, 1
       LIMIT ${params.pageSize} OFFSET ${(params.page - 1) * params.pageSize}`,
      db.$queryRaw<
        {
          cluster: string;
          namespace: string | null;
          team_slug: string | null;
          team_name: string | null;
          total: Prisma.Decimal | null;
          resource_days: bigint;
          unpriced_resource_days: bigint;
          owner_count: bigint;
        }[]
      >`
      SELECT c.name AS cluster, cf.likely_owner_namespace AS namespace,
             max(lt.slug) AS team_slug, max(lt.name) AS team_name, sum(cf.cost) AS total,
             sum(cf.resource_days) AS resource_days, sum(cf.unpriced_resource_days) AS unpriced_resource_days,
             count(*) OVER () AS owner_count
      ${ROLLUPS_FROM}
      LEFT JOIN namespace lns ON lns.cluster_id = cf.cluster_id AND lns.name = cf.likely_owner_namespace
      LEFT JOIN team lt ON lt.id = lns.team_id
       WHERE ${scope} AND cf.allocation = 'unallocated'
       GROUP BY c.name, cf.likely_owner_namespace
       ORDER BY sum(cf.cost) DESC NULLS LAST, c.name, cf.likely_owner_namespace
       LIMIT ${UNALLOCATED_OWNERS}`,
      db.$queryRaw<{ first: string | null; last: string | null }[]>`
      SELECT to_char(min(cf.day), 'YYYY-MM-DD') AS first, to_char(max(cf.day), 'YYYY-MM-DD') AS last
        FROM cost_rollup_day cf WHERE ${clusterFilter}`,
    ]);

  const keys = groupRows.map((r) => r.key);
  const [previousByKey, trendRows] = await Promise.all([
    keys.length === 0
      ? []
      : db.$queryRaw<{ key: string; total: Prisma.Decimal | null }[]>`
          SELECT ${group.key} AS key, sum(cf.cost) AS total ${ROLLUPS_FROM}
           WHERE ${previousScope} AND ${group.key} IN (${Prisma.join(keys)})
           GROUP BY 1`,
    db.$queryRaw<{ day: string; key: string | null; total: Prisma.Decimal | null }[]>`
      SELECT to_char(cf.day, 'YYYY-MM-DD') AS day,
             CASE WHEN ${keys.length > 0 ? Prisma.sql`${group.key} IN (${Prisma.join(keys)})` : Prisma.sql`FALSE`}
                  THEN ${group.key} END AS key,
             sum(cf.cost) AS total
      ${ROLLUPS_FROM}
       WHERE ${scope}
       GROUP BY 1, 2
       ORDER BY 1`,
  ]);

  const previousTotals = new Map(previousByKey.map((r) => [r.key, money(r.total)]));
  const trend = new Map<string, ShowbackTrendPoint>();
  for (const row of trendRows) {
    const point = trend.get(row.day) ?? { day: row.day, total: "0", groups: {} };
    point.total = new Prisma.Decimal(point.total).plus(row.total ?? 0).toFixed();
    if (row.key !== null) point.groups[row.key] = money(row.total);
    trend.set(row.day, point);
  }

  const totals = toFigures(totalsRows[0]);
  const previousTotal = money(previousRows[0]?.total);
  const factDays = factDayRows[0];
  return {
    window: { ...window, days: windowDays(window) },
    previousWindow: previous,
    by: params.by,
    clusterName: cluster?.name ?? null,
    clusters: clusters.map((c) => c.name),
    currency,
    currencies,
    totals: { ...totals, previousTotal, ...change(totals.total, previousTotal) },
    unallocatedByOwner: {
      items: ownerRows.map((r) => ({
        clusterName: r.cluster,
        namespace: r.namespace,
        teamSlug: r.team_slug,
        teamName: r.team_name,
        total: money(r.total),
        resourceDays: Number(r.resource_days),
        unpricedResourceDays: Number(r.unpriced_resource_days),
      })),
      ownerCount: Number(ownerRows[0]?.owner_count ?? 0),
    },
    groups: groupRows.map((row) => {
      const figures = toFigures(row);
      const before = previousTotals.get(row.key) ?? "0";
      return {
        key: row.key,
        name: row.name,
        kind: groupKind(params.by, row.key),
        clusterName: row.cluster,
        teamSlug: row.team,
        ...figures,
        previousTotal: before,
        ...change(figures.total, before),
      };
    }),
    groupCount: Number(countRows[0]?.n ?? 0),
    page: params.page,
    pageSize: params.pageSize,
    trend: [...trend.values()],
    factDays: factDays?.first && factDays.last ? { first: factDays.first, last: factDays.last } : null,
  };
}
