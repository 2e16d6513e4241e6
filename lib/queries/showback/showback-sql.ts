import { type PriceCoverage, priceCoverage } from "../../costing/cost-amount";
import type { CostWindow } from "../../costing/cost-window";
import { Prisma } from "../../db/generated/client";
import type { ShowbackGrouping } from "../../services/showback/showback-params";

// SQL shared by the showback queries. Every query reads the daily facts cost_fact_day (one resource,
// one day: the view over cost_fact's runs, factsFrom) or the rollups of a window (one showback
// dimension, summed over the window's days: rollupsIn in rollups-sql.ts) as `cf`, joined to its
// cluster `c` and, for ownership, to the namespace `ns` it is allocated to and that namespace's team
// `t`. The two have the same dimension columns, so a grouping or filter works on either; totals over
// groups read the rollups, anything about single resources reads the facts. Trend charts and
// previous-window totals read the trend tables (rollups-sql.ts).

/** Group keys that are not a name: parentheses cannot appear in a Kubernetes name or a team slug. */
export const UNALLOCATED_KEY = "(unallocated)";
export const NO_TEAM_KEY = "(no team)";
export const NO_COST_CENTRE_KEY = "(no cost centre)";
export const NO_STORAGE_CLASS = "(none)";

export const OWNERS = Prisma.sql`
  JOIN cluster c ON c.id = cf.cluster_id
  LEFT JOIN namespace ns ON ns.cluster_id = cf.cluster_id AND ns.name = cf.namespace
  LEFT JOIN team t ON t.id = ns.team_id`;

/**
 * Conditions on a fact run `f` (cost_fact) that keep the runs reaching into `window`. Runs stay within
 * a month, so none that reaches the window starts before its first month: bounding first_day lets the
 * planner use cost_fact's indexes instead of expanding every run ever stored.
 */
export function runsReaching(f: string, window: CostWindow): Prisma.Sql {
  const alias = Prisma.raw(f);
  return Prisma.sql`${alias}.first_day BETWEEN ${`${window.from.slice(0, 7)}-01`}::date AND ${window.to}::date
    AND ${alias}.last_day >= ${window.from}::date`;
}

/** The daily facts of the runs that reach into `window` (every run when null): filter on `cf.day` for the days. */
export function factsFrom(window: CostWindow | null): Prisma.Sql {
  const days = window
    ? Prisma.sql`(SELECT * FROM cost_fact_day f WHERE ${runsReaching("f", window)})`
    : Prisma.sql`cost_fact_day`;
  return Prisma.sql`FROM ${days} cf ${OWNERS}`;
}

export function inWindow(window: CostWindow): Prisma.Sql {
  return Prisma.sql`cf.day BETWEEN ${window.from}::date AND ${window.to}::date`;
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
  /**
   * priced; partial (total leaves out the unpriced resource-days); unpriced (nothing has a known
   * price: total is "0" but means unknown, and reads "unpriced (N resource-days)", never $0).
   */
  coverage: PriceCoverage;
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
  const unpricedResourceDays = Number(row?.unpriced_resource_days ?? 0);
  return {
    total: money(total),
    coverage: priceCoverage({ total: money(total), unpricedResourceDays }),
    allocated: money(row?.allocated),
    unallocated: money(row?.unallocated),
    estimated: money(estimated),
    estimatedShare: total.isZero() ? null : estimated.div(total).toNumber(),
    unpricedResourceDays,
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
