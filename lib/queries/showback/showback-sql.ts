import { Prisma } from "../../db/generated/client";
import { addDays, type CostWindow, cutAtMonths, firstOfMonth } from "./cost-window";
import type { ShowbackGrouping } from "./showback-params";

// SQL shared by the showback queries. Every query reads cost_fact (one resource, one day) or the
// rollups of a window (one showback dimension, summed over the window's days; rollupsIn) as `cf`,
// joined to its cluster `c` and, for ownership, to the namespace `ns` it is allocated to and that
// namespace's team `t`. The two have the same dimension columns, so a grouping or filter works on
// either; totals over groups read the rollups, anything about single resources reads the facts.
// Trend charts and previous-window totals need only cost, and read it from the trend tables
// (dailyCosts, costsIn), whose rows have fewer dimensions (trendGrain) and a month of days each.

/** Group keys that are not a name: parentheses cannot appear in a Kubernetes name or a team slug. */
export const UNALLOCATED_KEY = "(unallocated)";
export const NO_TEAM_KEY = "(no team)";
export const NO_COST_CENTRE_KEY = "(no cost centre)";
export const NO_STORAGE_CLASS = "(none)";

const OWNERS = Prisma.sql`
  JOIN cluster c ON c.id = cf.cluster_id
  LEFT JOIN namespace ns ON ns.cluster_id = cf.cluster_id AND ns.name = cf.namespace
  LEFT JOIN team t ON t.id = ns.team_id`;

export const FACTS_FROM = Prisma.sql`FROM cost_fact cf ${OWNERS}`;

export function inWindow(window: CostWindow): Prisma.Sql {
  return Prisma.sql`cf.day BETWEEN ${window.from}::date AND ${window.to}::date`;
}

const columns = (names: string[], table: string) => Prisma.raw(names.map((n) => `${table}.${n}`).join(", "));

const ROLLUP_COLUMNS = columns(
  [
    "cluster_id",
    "resource_kind",
    "currency",
    "allocation",
    "namespace",
    "likely_owner_namespace",
    "storage_class_name",
    "category",
    "cost",
    "estimated_cost",
    "resource_days",
    "unpriced_resource_days",
    "included_resource_days",
    "fact_count",
  ],
  "r",
);

/**
 * `FROM` the rollups of a window's days, as `cf` with its owners: the months the window covers whole
 * from cost_rollup_month, its edge days from cost_rollup_day. Each day of the window is in exactly one
 * of them and a month row is the sum of its day rows, so every sum (money and counts) is the sum over
 * the window's day rollups. The rows have no day: conditions go in WHERE, the window is already here.
 */
export function rollupsIn(window: CostWindow): Prisma.Sql {
  const { months, days } = cutAtMonths(window);
  const parts = days.map(
    (d) =>
      Prisma.sql`SELECT ${ROLLUP_COLUMNS} FROM cost_rollup_day r WHERE r.day BETWEEN ${d.from}::date AND ${d.to}::date`,
  );
  if (months) {
    parts.unshift(
      Prisma.sql`SELECT ${ROLLUP_COLUMNS} FROM cost_rollup_month r WHERE r.month BETWEEN ${months.from}::date AND ${months.to}::date`,
    );
  }
  return Prisma.sql`FROM (${Prisma.join(parts, " UNION ALL ")}) cf ${OWNERS}`;
}

/**
 * The trend table a grouping's keys can be read from: per namespace (and allocation and category),
 * or, for the groupings that need no owner, the far smaller one per storage class and category.
 */
export type TrendGrain = "namespace" | "class";

export function trendGrain(by: ShowbackGrouping): TrendGrain {
  return by === "cluster" || by === "storage-class" || by === "category" ? "class" : "namespace";
}

const TRENDS: Record<TrendGrain, { table: Prisma.Sql; dimensions: string[]; joins: Prisma.Sql }> = {
  // Rows of the namespace grain have its owners; the class grain only its cluster, so a grouping
  // that needs an owner fails there instead of reading nothing.
  namespace: {
    table: Prisma.raw("cost_trend_namespace"),
    dimensions: ["cluster_id", "currency", "allocation", "namespace", "category"],
    joins: OWNERS,
  },
  class: {
    table: Prisma.raw("cost_trend_class"),
    dimensions: ["cluster_id", "currency", "storage_class_name", "category"],
    joins: Prisma.sql`JOIN cluster c ON c.id = cf.cluster_id`,
  },
};

/** Sums of each slot of trend rows `cf`: a month of their days' costs, still positional. */
const EACH_DAY_SUM = Prisma.raw(
  `ARRAY[${Array.from({ length: 31 }, (_, i) => `sum(cf.costs[${i + 1}])`).join(", ")}]`,
);

/** Bits d − 1 of `present` for the days d of [from, to], which are in one month. */
function daysMask(window: CostWindow): number {
  const first = Number(window.from.slice(8));
  const last = Number(window.to.slice(8));
  return 2 ** last - 2 ** (first - 1);
}

/**
 * Each day's cost in a window by `key` (an expression on `cf` and its owners) over the trend rows of
 * `grain` that `where` selects: rows (day, key, total) in day order, a day only when it has rollups in
 * scope. The rows of a key and month are summed slot by slot, one aggregate per day of the month,
 * then spread over the days: a fleet's month is 25,000 rows summed, not 775,000 days.
 */
export function dailyCosts(
  window: CostWindow,
  grain: TrendGrain,
  query: { key: Prisma.Sql; where: Prisma.Sql },
) {
  return Prisma.sql`
    SELECT to_char(k.month + (d.day - 1), 'YYYY-MM-DD') AS day, k.key, k.costs[d.day] AS total
      FROM (SELECT ${query.key} AS key, cf.month, bit_or(cf.present) AS present, ${EACH_DAY_SUM} AS costs
              FROM ${TRENDS[grain].table} cf ${TRENDS[grain].joins}
             WHERE cf.month BETWEEN ${firstOfMonth(window.from)}::date AND ${firstOfMonth(window.to)}::date
               AND ${query.where}
             GROUP BY 1, 2) k
     CROSS JOIN generate_series(1, 31) AS d(day)
     WHERE k.present & (1 << (d.day - 1)) <> 0
       AND k.month + (d.day - 1) BETWEEN ${window.from}::date AND ${window.to}::date
     ORDER BY k.month, d.day`;
}

/**
 * The cost of the days [from, to] (in one month) of trend row `s`, NULL taken as 0: the fewer
 * slots of the two, those days' or the others' taken from the month's total (a 30-day month's
 * previous window is a month but its first day), so at most 15 additions.
 */
function costOfDays(window: CostWindow): Prisma.Sql {
  const first = Number(window.from.slice(8));
  const last = Number(window.to.slice(8));
  const slots = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => `coalesce(s.costs[${from + i}], 0)`);
  const inside = slots(first, last);
  const outside = [...slots(1, first - 1), ...slots(last + 1, 31)];
  return Prisma.raw(
    inside.length <= outside.length
      ? `(${inside.join(" + ")})`
      : `(coalesce(s.cost, 0)${outside.map((slot) => ` - ${slot}`).join("")})`,
  );
}

/**
 * `FROM` the cost of a window's days, as `cf` (`cf.cost` and the grain's dimensions) with its owners:
 * a trend row's month total when the window covers its month, else the cost of its days in the
 * window (rows with none left out). `sum(cf.cost)` is the sum over the window's day rollups but 0
 * where that is NULL (nothing priced); the rows are not one per group or day: read only sums of cost,
 * as money.
 */
export function costsIn(window: CostWindow, grain: TrendGrain): Prisma.Sql {
  const { table, dimensions, joins } = TRENDS[grain];
  const { months, days } = cutAtMonths(window);
  // Edge days are in one month, except in a window with no whole month, which may span two.
  const edges = days.flatMap((d) =>
    firstOfMonth(d.from) === firstOfMonth(d.to)
      ? [d]
      : [
          { from: d.from, to: addDays(firstOfMonth(d.to), -1) },
          { from: firstOfMonth(d.to), to: d.to },
        ],
  );
  const parts = edges.map(
    (d) => Prisma.sql`
      SELECT ${columns(dimensions, "s")}, ${costOfDays(d)} AS cost
        FROM ${table} s
       WHERE s.month = ${firstOfMonth(d.from)}::date AND s.present & ${daysMask(d)}::int <> 0`,
  );
  if (months) {
    parts.unshift(Prisma.sql`
      SELECT ${columns(dimensions, "s")}, s.cost FROM ${table} s
       WHERE s.month BETWEEN ${months.from}::date AND ${months.to}::date`);
  }
  return Prisma.sql`FROM (${Prisma.join(parts, " UNION ALL ")}) cf ${joins}`;
}

export interface GroupSql {
  /** Unique text key of the group. */
  key: Prisma.Sql;
  /** What the group is called. */
  name: Prisma.Sql;
  /** The cluster the group belongs to, when it belongs to one. */
  cluster: Prisma.Sql;
  /** The team's slug, for team groups (links to the team page). */
  team: Prisma.Sql;
}

const unallocated = Prisma.sql`cf.allocation = 'unallocated'`;

/**
 * How each grouping names a fact's group. Owner groupings (namespace, team, cost centre) put every
 * unallocated fact in one explicit "(unallocated)" group, because it has no owner to go to; resource
 * groupings (cluster, storage class, category) keep it in its group and show it in their
 * unallocated column. Either way each fact is in exactly one group, so the groups add up to the total.
 */
export function groupSql(by: ShowbackGrouping): GroupSql {
  const none = Prisma.sql`NULL::text`;
  switch (by) {
    case "cluster":
      return { key: Prisma.sql`c.name`, name: Prisma.sql`c.name`, cluster: Prisma.sql`c.name`, team: none };
    case "namespace":
      return {
        key: Prisma.sql`CASE WHEN ${unallocated} THEN ${UNALLOCATED_KEY} ELSE c.name || '/' || coalesce(cf.namespace, '') END`,
        name: Prisma.sql`CASE WHEN ${unallocated} THEN 'Unallocated' ELSE cf.namespace END`,
        cluster: Prisma.sql`CASE WHEN ${unallocated} THEN NULL ELSE c.name END`,
        team: none,
      };
    case "team":
      return {
        key: Prisma.sql`CASE WHEN ${unallocated} THEN ${UNALLOCATED_KEY} ELSE coalesce(t.slug, ${NO_TEAM_KEY}) END`,
        name: Prisma.sql`CASE WHEN ${unallocated} THEN 'Unallocated' ELSE coalesce(t.name, 'No team') END`,
        cluster: none,
        team: Prisma.sql`CASE WHEN ${unallocated} THEN NULL ELSE t.slug END`,
      };
    case "cost-centre":
      return {
        key: Prisma.sql`CASE WHEN ${unallocated} THEN ${UNALLOCATED_KEY} ELSE coalesce(ns.cost_centre, t.cost_centre, ${NO_COST_CENTRE_KEY}) END`,
        name: Prisma.sql`CASE WHEN ${unallocated} THEN 'Unallocated' ELSE coalesce(ns.cost_centre, t.cost_centre, 'No cost centre') END`,
        cluster: none,
        team: none,
      };
    case "storage-class":
      return {
        key: Prisma.sql`c.name || '/' || coalesce(cf.storage_class_name, ${NO_STORAGE_CLASS})`,
        name: Prisma.sql`coalesce(cf.storage_class_name, ${NO_STORAGE_CLASS})`,
        cluster: Prisma.sql`c.name`,
        team: none,
      };
    case "category":
      return { key: Prisma.sql`cf.category`, name: Prisma.sql`cf.category`, cluster: none, team: none };
  }
}

/** A resource-day: one resource on one day, whatever the number of its priced components. */
export const RESOURCE_DAY = Prisma.sql`(cf.cluster_id, cf.resource_kind, cf.resource_uid, cf.day)`;

/**
 * The money and counts every showback figure carries, as SQL select items over the rollups (a rollup
 * row's resource-days are distinct resources of one day, so they add up).
 */
export const ROLLUP_FIGURES = Prisma.sql`
  sum(cf.cost) AS total,
  sum(cf.cost) FILTER (WHERE cf.allocation = 'allocated') AS allocated,
  sum(cf.cost) FILTER (WHERE cf.allocation = 'unallocated') AS unallocated,
  sum(cf.estimated_cost) AS estimated,
  coalesce(sum(cf.unpriced_resource_days), 0) AS unpriced_resource_days,
  coalesce(sum(cf.included_resource_days), 0) AS included_resource_days,
  coalesce(sum(cf.resource_days), 0) AS resource_days,
  coalesce(sum(cf.fact_count), 0) AS fact_count`;

export interface FiguresRow {
  total: Prisma.Decimal | null;
  allocated: Prisma.Decimal | null;
  unallocated: Prisma.Decimal | null;
  estimated: Prisma.Decimal | null;
  unpriced_resource_days: bigint;
  included_resource_days: bigint;
  resource_days: bigint;
  fact_count: bigint;
}

/** Showback figures of a set of facts: money as exact decimal strings, in one currency. */
export interface CostFigures {
  /** Sum of every priced, estimated and included cost. Unpriced facts add nothing (they are counted). */
  total: string;
  allocated: string;
  unallocated: string;
  /** The part of `total` whose quantity is modelled, not measured. */
  estimated: string;
  /** estimated / total; null when the total is zero. */
  estimatedShare: number | null;
  /** Resource-days with at least one component that has no price: shown apart, never as $0. */
  unpricedResourceDays: number;
  /** Resource-days at $0 because the instance price includes them (local NVMe). */
  includedResourceDays: number;
  resourceDays: number;
  factCount: number;
}

/** An exact decimal string: "12.5", never "12.5000000000" or exponent notation. */
export function money(value: Prisma.Decimal | null | undefined): string {
  return value ? value.toFixed() : "0";
}

export function toFigures(row: FiguresRow | undefined): CostFigures {
  const total = row?.total ?? new Prisma.Decimal(0);
  const estimated = row?.estimated ?? new Prisma.Decimal(0);
  return {
    total: money(total),
    allocated: money(row?.allocated),
    unallocated: money(row?.unallocated),
    estimated: money(estimated),
    estimatedShare: total.isZero() ? null : estimated.div(total).toNumber(),
    unpricedResourceDays: Number(row?.unpriced_resource_days ?? 0),
    includedResourceDays: Number(row?.included_resource_days ?? 0),
    resourceDays: Number(row?.resource_days ?? 0),
    factCount: Number(row?.fact_count ?? 0),
  };
}

/** Change from `previous` to `current`: the difference, and the ratio when there was spend before. */
export function change(current: string, previous: string): { change: string; changeRatio: number | null } {
  const now = new Prisma.Decimal(current);
  const before = new Prisma.Decimal(previous);
  return {
    change: now.minus(before).toFixed(),
    changeRatio: before.isZero() ? null : now.minus(before).div(before).toNumber(),
  };
}
