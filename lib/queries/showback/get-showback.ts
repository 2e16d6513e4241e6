import { type CostWindow, previousWindow, windowDays } from "../../costing/cost-window";
import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import type { ShowbackGrouping } from "../../services/showback/showback-params";
import { getClusterByNameOrThrow } from "../clusters/get-cluster-by-name-or-throw";
import { ownedByTeams, type TeamIds } from "../scope/team-scope-sql";
import { costsFor, dailyCostsFor, rollupsIn, trendGrain } from "./rollups-sql";
import { type CurrencyTotal, selectCurrency } from "./select-currency";
import {
  type CostFigures,
  change,
  type FiguresRow,
  groupSql,
  money,
  NO_COST_CENTRE_KEY,
  NO_TEAM_KEY,
  ROLLUP_FIGURES,
  toFigures,
  UNALLOCATED_KEY,
} from "./showback-sql";

export interface ShowbackParams extends CostWindow {
  by: ShowbackGrouping;
  cluster?: string;
  currency?: string;
  page: number;
  pageSize: number;
  /** The teams whose rows are read (scopedTeamIds): null for every team. */
  teamIds: TeamIds;
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

/** A group of the page, with the count of every group and the totals over all of them. */
interface PageRow extends GroupRow {
  group_count: bigint;
  all_total: Prisma.Decimal | null;
  all_allocated: Prisma.Decimal | null;
  all_unallocated: Prisma.Decimal | null;
  all_estimated: Prisma.Decimal | null;
  all_unpriced_resource_days: bigint;
  all_included_resource_days: bigint;
  all_resource_days: bigint;
  all_fact_count: bigint;
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
export async function readShowback(db: Db, params: ShowbackParams): Promise<ShowbackResult> {
  const cluster = params.cluster ? await getClusterByNameOrThrow(db, params.cluster) : undefined;
  const clusterFilter = Prisma.sql`${cluster ? Prisma.sql`cf.cluster_id = ${cluster.id}::uuid` : Prisma.sql`TRUE`}
    AND ${ownedByTeams(params.teamIds)}`;
  const window = { from: params.from, to: params.to };
  const previous = previousWindow(window);
  const { currency, currencies } = await selectCurrency(
    db,
    { rollups: { window, where: clusterFilter } },
    params.currency,
  );
  // The window is in each query's FROM (rollupsIn, costsIn) or is dailyCosts', the rest of the scope here.
  const scope = Prisma.sql`${clusterFilter} AND cf.currency = ${currency}`;
  const group = groupSql(params.by);

  // One pass over the window's rollups gives this page of groups, how many groups there are and the
  // totals (window sums over every group, taken before LIMIT): a fleet's month is 125,000 month rows.
  const page = Prisma.sql`
      WITH g AS (
        SELECT ${group.key} AS key, max(${group.name}) AS name, max(${group.cluster}) AS cluster,
               max(${group.team}) AS team, ${ROLLUP_FIGURES}
        ${rollupsIn(window)}
         WHERE ${scope}
         GROUP BY 1)
      SELECT g.*, count(*) OVER () AS group_count,
             sum(g.total) OVER () AS all_total, sum(g.allocated) OVER () AS all_allocated,
             sum(g.unallocated) OVER () AS all_unallocated, sum(g.estimated) OVER () AS all_estimated,
             sum(g.unpriced_resource_days) OVER () AS all_unpriced_resource_days,
             sum(g.included_resource_days) OVER () AS all_included_resource_days,
             sum(g.resource_days) OVER () AS all_resource_days, sum(g.fact_count) OVER () AS all_fact_count
        FROM g
       ORDER BY g.total DESC NULLS LAST, g.key`;
  const [clusters, pageRows, ownerRows, factDayRows] = await Promise.all([
    db.cluster.findMany({ select: { name: true }, orderBy: { name: "asc" } }),
    db.$queryRaw<PageRow[]>`${page} LIMIT ${params.pageSize} OFFSET ${(params.page - 1) * params.pageSize}`,
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
      ${rollupsIn(window)}
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
  // A page past the last group has no row to carry the totals: read them on their own.
  const [first] = pageRows.length > 0 ? pageRows : await db.$queryRaw<PageRow[]>`${page} LIMIT 1`;

  const keys = pageRows.map((r) => r.key);
  const onPage = keys.length > 0 ? Prisma.sql`${group.key} IN (${Prisma.join(keys)})` : Prisma.sql`FALSE`;
  const grain = trendGrain(params.by);
  const [previousRows, dayRows, trendRows] = await Promise.all([
    // The previous window's total and, in the same pass, each group of this page's.
    db.$queryRaw<{ key: string | null; total: Prisma.Decimal | null }[]>`
      SELECT CASE WHEN ${onPage} THEN ${group.key} END AS key, sum(cf.cost) AS total
      ${costsFor(previous, grain, params.teamIds)}
       WHERE ${scope}
       GROUP BY 1`,
    // Each day's total from the smallest trend table; each day of this page's groups apart, so a
    // page of 25 namespaces unpacks their days only.
    db.$queryRaw<{ day: string; total: Prisma.Decimal | null }[]>`
      ${dailyCostsFor(window, "class", { key: Prisma.sql`NULL::text`, where: scope }, params.teamIds)}`,
    keys.length === 0
      ? []
      : db.$queryRaw<{ day: string; key: string; total: Prisma.Decimal | null }[]>`
      ${dailyCostsFor(window, grain, { key: group.key, where: Prisma.sql`${scope} AND ${onPage}` }, params.teamIds)}`,
  ]);

  const previousTotals = new Map(
    previousRows.flatMap((r) => (r.key === null ? [] : [[r.key, money(r.total)] as const])),
  );
  const trend = new Map<string, ShowbackTrendPoint>(
    dayRows.map((r) => [r.day, { day: r.day, total: money(r.total), groups: {} }]),
  );
  for (const row of trendRows) {
    const point = trend.get(row.day);
    if (point) point.groups[row.key] = money(row.total);
  }

  const totals = toFigures(
    first && {
      total: first.all_total,
      allocated: first.all_allocated,
      unallocated: first.all_unallocated,
      estimated: first.all_estimated,
      unpriced_resource_days: first.all_unpriced_resource_days,
      included_resource_days: first.all_included_resource_days,
      resource_days: first.all_resource_days,
      fact_count: first.all_fact_count,
    },
  );
  const previousTotal = money(previousRows.reduce((all, r) => all.plus(r.total ?? 0), new Prisma.Decimal(0)));
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
    groups: pageRows.map((row) => {
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
    groupCount: Number(first?.group_count ?? 0),
    page: params.page,
    pageSize: params.pageSize,
    trend: [...trend.values()],
    factDays: factDays?.first && factDays.last ? { first: factDays.first, last: factDays.last } : null,
  };
}
