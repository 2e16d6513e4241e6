import { type CostWindow, previousWindow } from "../costing/cost-window";
import { Prisma } from "../db/generated/client";
import type { Db } from "../db/prisma";
import {
  type CostFigures,
  change,
  type FiguresRow,
  groupSql,
  money,
  ROLLUP_FIGURES,
  toFigures,
} from "../queries/showback/showback-sql";
import type { ShowbackGrouping } from "../services/showback/showback-params";

// What the showback pages show, read from cost_rollup_day alone, one day row at a time, as they
// were read before month rollups: the reference the month-and-edge-days readers must equal.
// Group keys and figures use the pages' own definitions (groupSql, ROLLUP_FIGURES): what is under
// test is where the rows come from, not what a group is.

const DAYS = Prisma.sql`
  FROM cost_rollup_day cf
  JOIN cluster c ON c.id = cf.cluster_id
  LEFT JOIN namespace ns ON ns.cluster_id = cf.cluster_id AND ns.name = cf.namespace
  LEFT JOIN team t ON t.id = ns.team_id`;

const inDays = (window: CostWindow) => Prisma.sql`cf.day BETWEEN ${window.from}::date AND ${window.to}::date`;

type Row = FiguresRow & { key: string; name: string; cluster: string | null; team: string | null };

export async function referenceCurrencies(db: Db, window: CostWindow, where: Prisma.Sql) {
  const rows = await db.$queryRaw<{ currency: string; total: Prisma.Decimal | null; fact_count: bigint }[]>`
    SELECT cf.currency::text AS currency, sum(cf.cost) AS total, sum(cf.fact_count) AS fact_count
    ${DAYS} WHERE ${inDays(window)} AND ${where}
     GROUP BY cf.currency ORDER BY 3 DESC, cf.currency`;
  return rows.map((r) => ({
    currency: r.currency.trim(),
    total: money(r.total),
    factCount: Number(r.fact_count),
  }));
}

async function figures(db: Db, window: CostWindow, where: Prisma.Sql): Promise<CostFigures> {
  const [row] = await db.$queryRaw<
    FiguresRow[]
  >`SELECT ${ROLLUP_FIGURES} ${DAYS} WHERE ${inDays(window)} AND ${where}`;
  return toFigures(row);
}

async function costs(db: Db, window: CostWindow, where: Prisma.Sql, key: Prisma.Sql) {
  return db.$queryRaw<{ day: string; key: string; total: Prisma.Decimal | null }[]>`
    SELECT to_char(cf.day, 'YYYY-MM-DD') AS day, ${key} AS key, sum(cf.cost) AS total
    ${DAYS} WHERE ${inDays(window)} AND ${where}
     GROUP BY 1, 2 ORDER BY 1, 2`;
}

/** Sums of exact decimal strings. */
function add(a: string, b: Prisma.Decimal | string | null): string {
  return new Prisma.Decimal(a).plus(b ?? 0).toFixed();
}

/**
 * getShowback's figures for every group (not only a page's; the caller slices), its previous totals,
 * its trend (each day's total and every group's), and its unallocated owners.
 */
export async function referenceShowback(
  db: Db,
  input: { window: CostWindow; by: ShowbackGrouping; currency: string; clusterId?: string },
) {
  const { window, by, currency } = input;
  const group = groupSql(by);
  const previous = previousWindow(window);
  const where = Prisma.sql`cf.currency = ${currency} ${input.clusterId ? Prisma.sql`AND cf.cluster_id = ${input.clusterId}::uuid` : Prisma.empty}`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT ${group.key} AS key, max(${group.name}) AS name, max(${group.cluster}) AS cluster,
           max(${group.team}) AS team, ${ROLLUP_FIGURES}
    ${DAYS} WHERE ${inDays(window)} AND ${where}
     GROUP BY 1 ORDER BY total DESC NULLS LAST, key`;
  const before = new Map<string, string>();
  let previousTotal = "0";
  for (const r of await costs(db, previous, where, group.key)) {
    before.set(r.key, add(before.get(r.key) ?? "0", r.total));
    previousTotal = add(previousTotal, r.total);
  }
  const trend = new Map<string, { day: string; total: string; groups: Record<string, string> }>();
  for (const r of await costs(db, window, where, group.key)) {
    const point = trend.get(r.day) ?? { day: r.day, total: "0", groups: {} };
    point.total = add(point.total, r.total);
    point.groups[r.key] = money(r.total);
    trend.set(r.day, point);
  }
  const owners = await db.$queryRaw<
    {
      cluster: string;
      namespace: string | null;
      total: Prisma.Decimal | null;
      rd: bigint;
      unpriced: bigint;
    }[]
  >`
    SELECT c.name AS cluster, cf.likely_owner_namespace AS namespace, sum(cf.cost) AS total,
           sum(cf.resource_days) AS rd, sum(cf.unpriced_resource_days) AS unpriced
    ${DAYS} WHERE ${inDays(window)} AND ${where} AND cf.allocation = 'unallocated'
     GROUP BY 1, 2 ORDER BY sum(cf.cost) DESC NULLS LAST, 1, 2`;
  const totals = await figures(db, window, where);
  return {
    totals: { ...totals, previousTotal, ...change(totals.total, previousTotal) },
    groups: rows.map((r) => {
      const f = toFigures(r);
      const p = before.get(r.key) ?? "0";
      return {
        key: r.key,
        name: r.name,
        clusterName: r.cluster,
        teamSlug: r.team,
        ...f,
        previousTotal: p,
        ...change(f.total, p),
      };
    }),
    trend: [...trend.values()],
    owners: owners.map((o) => ({
      clusterName: o.cluster,
      namespace: o.namespace,
      total: money(o.total),
      resourceDays: Number(o.rd),
      unpricedResourceDays: Number(o.unpriced),
    })),
  };
}

/**
 * getOwnerCosts' rollup figures for an owner: `scope` and `likelyScope` as getNamespaceCosts or
 * getTeamCosts state them (conditions on cf, c, ns, t).
 */
export async function referenceOwnerCosts(
  db: Db,
  input: { window: CostWindow; currency: string; scope: Prisma.Sql; likelyScope: Prisma.Sql },
) {
  const { window } = input;
  const inCurrency = Prisma.sql`cf.currency = ${input.currency}`;
  const owned = Prisma.sql`${inCurrency} AND ${input.scope}`;
  const breakdown = async (cluster: Prisma.Sql, name: Prisma.Sql) =>
    (
      await db.$queryRaw<
        {
          cluster_name: string | null;
          name: string;
          total: Prisma.Decimal | null;
          rd: bigint;
          unpriced: bigint;
        }[]
      >`
        SELECT ${cluster} AS cluster_name, ${name} AS name, sum(cf.cost) AS total,
               sum(cf.resource_days) AS rd, sum(cf.unpriced_resource_days) AS unpriced
        ${DAYS} WHERE ${inDays(window)} AND ${owned}
         GROUP BY 1, 2 ORDER BY sum(cf.cost) DESC NULLS LAST, 1, 2`
    ).map((r) => ({
      clusterName: r.cluster_name,
      name: r.name,
      total: money(r.total),
      resourceDays: Number(r.rd),
      unpricedResourceDays: Number(r.unpriced),
    }));
  const totals = await figures(db, window, owned);
  const before = await costs(db, previousWindow(window), owned, Prisma.sql`''`);
  const previousTotal = before.reduce((sum, r) => add(sum, r.total), "0");
  const trend = new Map<string, { day: string; total: string; byCategory: Record<string, string> }>();
  for (const r of await costs(db, window, owned, Prisma.sql`cf.category`)) {
    const point = trend.get(r.day) ?? { day: r.day, total: "0", byCategory: {} };
    point.total = add(point.total, r.total);
    point.byCategory[r.key] = money(r.total);
    trend.set(r.day, point);
  }
  return {
    currencies: await referenceCurrencies(db, window, input.scope),
    totals: { ...totals, previousTotal, ...change(totals.total, previousTotal) },
    byStorageClass: await breakdown(
      Prisma.sql`c.name`,
      Prisma.sql`coalesce(cf.storage_class_name, '(none)')`,
    ),
    byCategory: await breakdown(Prisma.sql`NULL::text`, Prisma.sql`cf.category`),
    likelyOwned: await figures(db, window, Prisma.sql`${inCurrency} AND ${input.likelyScope}`),
    trend: [...trend.values()],
  };
}

/** A namespace's allocated spend over a window, from the day rollups. */
export async function referenceNamespaceTotal(
  db: Db,
  input: { window: CostWindow; currency: string; clusterId: string; namespace: string },
): Promise<string> {
  const [row] = await db.$queryRaw<{ total: Prisma.Decimal | null }[]>`
    SELECT sum(cf.cost) AS total ${DAYS}
     WHERE ${inDays(input.window)} AND cf.currency = ${input.currency} AND cf.allocation = 'allocated'
       AND cf.cluster_id = ${input.clusterId}::uuid AND cf.namespace = ${input.namespace}`;
  return money(row?.total);
}
