import { addDays, type CostWindow, cutAtMonths, firstOfMonth } from "../../costing/cost-window";
import { Prisma } from "../../db/generated/client";
import type { ShowbackGrouping } from "../../services/showback/showback-params";
import type { TeamIds } from "../scope/team-scope-sql";
import { OWNERS } from "./showback-sql";

// Where the showback queries read a window's rollups from, as `cf` with its owners (see
// showback-sql.ts): the whole calendar months of the window from cost_rollup_month and its edge days
// from cost_rollup_day (rollupsIn), and cost alone, by day or summed, from the trend tables
// (dailyCosts, costsIn). All are rebuilt from cost_rollup_day (refresh-month-rollups.ts), so a sum
// over any of them is the sum over the window's day rollups.

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

/**
 * dailyCosts for a reader scoped to some teams. The class trend table has no owner and the
 * namespace one no likely owner, so their rows cannot be kept or dropped by team: the day rollups
 * are read instead, grouped by day (a team's share of the fleet, but every row of the window is
 * filtered by its owner).
 */
function dailyCostsOfRollups(window: CostWindow, query: { key: Prisma.Sql; where: Prisma.Sql }) {
  return Prisma.sql`
    SELECT to_char(cf.day, 'YYYY-MM-DD') AS day, ${query.key} AS key, sum(cf.cost) AS total
      FROM cost_rollup_day cf ${OWNERS}
     WHERE cf.day BETWEEN ${window.from}::date AND ${window.to}::date AND ${query.where}
     GROUP BY cf.day, 2
     ORDER BY cf.day`;
}

/** dailyCosts from the trend tables for every team's reader, from the day rollups for a scoped one. */
export function dailyCostsFor(
  window: CostWindow,
  grain: TrendGrain,
  query: { key: Prisma.Sql; where: Prisma.Sql },
  teamIds: TeamIds,
) {
  return teamIds === null ? dailyCosts(window, grain, query) : dailyCostsOfRollups(window, query);
}

/** costsIn for every team's reader; a scoped one reads the rollups, which have every row's owner. */
export function costsFor(window: CostWindow, grain: TrendGrain, teamIds: TeamIds): Prisma.Sql {
  return teamIds === null ? costsIn(window, grain) : rollupsIn(window);
}
