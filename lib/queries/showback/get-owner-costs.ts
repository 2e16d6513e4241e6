import { type CostWindow, previousWindow, windowDays } from "../../costing/cost-window";
import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import type { ShowbackChange } from "./get-showback";
import { costsIn, dailyCosts, rollupsIn } from "./rollups-sql";
import { type CurrencyTotal, selectCurrency } from "./select-currency";
import {
  type CostFigures,
  change,
  type FiguresRow,
  factsFrom,
  inWindow,
  money,
  RESOURCE_DAY,
  ROLLUP_FIGURES,
  toFigures,
} from "./showback-sql";

// The spend of one owner (a namespace, or a team's namespaces) broken down every way the detail
// pages show it. Shared by getNamespaceCosts and getTeamCosts, which only differ in their scope.

export interface OwnerBreakdownRow {
  clusterName: string | null;
  name: string;
  total: string;
  resourceDays: number;
  unpricedResourceDays: number;
}

export interface OwnerWorkloadRow {
  clusterName: string;
  namespace: string;
  /** Deployment, StatefulSet, Job…; "none" for the hours nobody mounted the volume. */
  workloadKind: string;
  workloadName: string;
  total: string;
  podHours: string;
}

export interface OwnerResource {
  clusterName: string;
  resourceKind: string;
  resourceUid: string;
  name: string | null;
  /** A PersistentVolume's claim, "namespace/claim": what its owners call it. */
  claim: string | null;
  namespace: string | null;
  storageClassName: string | null;
  category: string;
  phase: string | null;
  total: string;
  estimated: boolean;
  unpricedResourceDays: number;
}

export interface OwnerCostsResult {
  window: CostWindow & { days: number };
  previousWindow: CostWindow;
  currency: string;
  currencies: CurrencyTotal[];
  totals: CostFigures & ShowbackChange;
  byStorageClass: OwnerBreakdownRow[];
  byCategory: OwnerBreakdownRow[];
  /** The largest workloads (at most WORKLOADS); `notSplit` is the spend no workload split covers. */
  byWorkload: { items: OwnerWorkloadRow[]; workloadCount: number; notSplit: string };
  /** One page of the owner's resources, most expensive first. */
  topResources: { items: OwnerResource[]; total: number; page: number; pageSize: number };
  /** Unallocated spend whose likely owner is this owner: not in `totals`, shown beside them. */
  likelyOwned: CostFigures & { resources: OwnerResource[] };
  trend: { day: string; total: string; byCategory: Record<string, string> }[];
}

const WORKLOADS = 50;
const LIKELY_OWNED_RESOURCES = 10;

const RESOURCE_JOIN = Prisma.sql`
  LEFT JOIN persistent_volume pv
    ON cf.resource_kind = 'PersistentVolume' AND pv.cluster_id = cf.cluster_id AND pv.uid = cf.resource_uid
  LEFT JOIN volume_snapshot_content vsc
    ON cf.resource_kind = 'VolumeSnapshotContent' AND vsc.cluster_id = cf.cluster_id AND vsc.uid = cf.resource_uid`;

interface ResourceRow {
  cluster_name: string;
  resource_kind: string;
  resource_uid: string;
  name: string | null;
  claim: string | null;
  namespace: string | null;
  storage_class_name: string | null;
  category: string;
  phase: string | null;
  total: Prisma.Decimal | null;
  estimated: boolean;
  unpriced_resource_days: bigint;
}

function resources(db: Db, window: CostWindow, scope: Prisma.Sql, limit: number, offset: number) {
  return db.$queryRaw<ResourceRow[]>`
    SELECT c.name AS cluster_name, cf.resource_kind::text AS resource_kind, cf.resource_uid,
           max(coalesce(pv.name, vsc.name)) AS name,
           max(pv.claim_namespace || '/' || pv.claim_name) AS claim,
           max(coalesce(cf.namespace, cf.likely_owner_namespace)) AS namespace,
           max(cf.storage_class_name) AS storage_class_name, max(cf.category) AS category,
           max(pv.phase::text) AS phase, sum(cf.cost) AS total, bool_or(cf.status = 'estimated') AS estimated,
           count(DISTINCT ${RESOURCE_DAY}) FILTER (WHERE cf.status = 'unpriced') AS unpriced_resource_days
    ${factsFrom(window)}
    ${RESOURCE_JOIN}
     WHERE ${scope}
     GROUP BY c.name, cf.resource_kind, cf.resource_uid
     ORDER BY sum(cf.cost) DESC NULLS LAST, c.name, cf.resource_kind, cf.resource_uid
     LIMIT ${limit} OFFSET ${offset}`;
}

function toResource(row: ResourceRow): OwnerResource {
  return {
    clusterName: row.cluster_name,
    resourceKind: row.resource_kind,
    resourceUid: row.resource_uid,
    name: row.name,
    claim: row.claim,
    namespace: row.namespace,
    storageClassName: row.storage_class_name,
    category: row.category,
    phase: row.phase,
    total: money(row.total),
    estimated: row.estimated,
    unpricedResourceDays: Number(row.unpriced_resource_days),
  };
}

interface BreakdownSqlRow {
  cluster_name: string | null;
  name: string;
  total: Prisma.Decimal | null;
  resource_days: bigint;
  unpriced_resource_days: bigint;
}

function breakdown(db: Db, window: CostWindow, scope: Prisma.Sql, cluster: Prisma.Sql, name: Prisma.Sql) {
  return db.$queryRaw<BreakdownSqlRow[]>`
    SELECT ${cluster} AS cluster_name, ${name} AS name, sum(cf.cost) AS total,
           sum(cf.resource_days) AS resource_days, sum(cf.unpriced_resource_days) AS unpriced_resource_days
    ${rollupsIn(window)}
     WHERE ${scope}
     GROUP BY 1, 2
     ORDER BY sum(cf.cost) DESC NULLS LAST, 1, 2`;
}

const toBreakdown = (row: BreakdownSqlRow): OwnerBreakdownRow => ({
  clusterName: row.cluster_name,
  name: row.name,
  total: money(row.total),
  resourceDays: Number(row.resource_days),
  unpricedResourceDays: Number(row.unpriced_resource_days),
});

export async function getOwnerCosts(
  db: Db,
  input: {
    /** The owner's allocated facts (conditions on cf, c, ns, t). */
    scope: Prisma.Sql;
    /** Unallocated facts whose likely owner is this owner. */
    likelyScope: Prisma.Sql;
    window: CostWindow;
    currency?: string;
    page: number;
    pageSize: number;
  },
): Promise<OwnerCostsResult> {
  const { window } = input;
  const previous = previousWindow(window);
  const { currency, currencies } = await selectCurrency(
    db,
    { rollups: { window, where: input.scope } },
    input.currency,
  );
  const inCurrency = Prisma.sql`cf.currency = ${currency}`;
  // Facts are read with the window in WHERE; rollups and trends have it in their FROM.
  const scope = Prisma.sql`${inWindow(window)} AND ${inCurrency} AND ${input.scope}`;
  const likely = Prisma.sql`${inWindow(window)} AND ${inCurrency} AND ${input.likelyScope}`;
  const owned = Prisma.sql`${inCurrency} AND ${input.scope}`;

  const [
    totals,
    before,
    byClass,
    byCategory,
    workloads,
    workloadSum,
    resourceCount,
    top,
    likelyTotals,
    likelyTop,
    trend,
  ] = await Promise.all([
    db.$queryRaw<FiguresRow[]>`SELECT ${ROLLUP_FIGURES} ${rollupsIn(window)} WHERE ${owned}`,
    db.$queryRaw<{ total: Prisma.Decimal | null }[]>`
        SELECT sum(cf.cost) AS total ${costsIn(previous, "namespace")} WHERE ${owned}`,
    breakdown(db, window, owned, Prisma.sql`c.name`, Prisma.sql`coalesce(cf.storage_class_name, '(none)')`),
    breakdown(db, window, owned, Prisma.sql`NULL::text`, Prisma.sql`cf.category`),
    db.$queryRaw<
      {
        cluster_name: string;
        namespace: string;
        workload_kind: string;
        workload_name: string;
        total: Prisma.Decimal | null;
        pod_hours: Prisma.Decimal;
        workload_count: bigint;
      }[]
    >`
        SELECT c.name AS cluster_name, cf.namespace, w.workload_kind, w.workload_name,
               sum(w.cost) AS total, sum(w.pod_hours) AS pod_hours, count(*) OVER () AS workload_count
        ${factsFrom(window)}
        JOIN cost_fact_workload w
          ON w.cluster_id = cf.cluster_id AND w.first_day = cf.first_day AND w.resource_kind = cf.resource_kind
         AND w.resource_uid = cf.resource_uid AND w.component = cf.component
         WHERE ${scope}
         GROUP BY c.name, cf.namespace, w.workload_kind, w.workload_name
         ORDER BY sum(w.cost) DESC NULLS LAST, 1, 2, 3, 4
         LIMIT ${WORKLOADS}`,
    db.$queryRaw<{ total: Prisma.Decimal | null }[]>`
        SELECT sum(w.cost) AS total
        ${factsFrom(window)}
        JOIN cost_fact_workload w
          ON w.cluster_id = cf.cluster_id AND w.first_day = cf.first_day AND w.resource_kind = cf.resource_kind
         AND w.resource_uid = cf.resource_uid AND w.component = cf.component
         WHERE ${scope}`,
    db.$queryRaw<{ n: bigint }[]>`
        SELECT count(DISTINCT (cf.cluster_id, cf.resource_kind, cf.resource_uid)) AS n ${factsFrom(window)} WHERE ${scope}`,
    resources(db, window, scope, input.pageSize, (input.page - 1) * input.pageSize),
    db.$queryRaw<FiguresRow[]>`
        SELECT ${ROLLUP_FIGURES} ${rollupsIn(window)} WHERE ${inCurrency} AND ${input.likelyScope}`,
    resources(db, window, likely, LIKELY_OWNED_RESOURCES, 0),
    db.$queryRaw<{ day: string; key: string; total: Prisma.Decimal | null }[]>`
        ${dailyCosts(window, "namespace", { key: Prisma.sql`cf.category`, where: owned })}`,
  ]);

  const figures = toFigures(totals[0]);
  const previousTotal = money(before[0]?.total);
  const days = new Map<string, { day: string; total: string; byCategory: Record<string, string> }>();
  for (const row of trend) {
    const point = days.get(row.day) ?? { day: row.day, total: "0", byCategory: {} };
    point.total = new Prisma.Decimal(point.total).plus(row.total ?? 0).toFixed();
    point.byCategory[row.key] = money(row.total);
    days.set(row.day, point);
  }
  return {
    window: { ...window, days: windowDays(window) },
    previousWindow: previous,
    currency,
    currencies,
    totals: { ...figures, previousTotal, ...change(figures.total, previousTotal) },
    byStorageClass: byClass.map(toBreakdown),
    byCategory: byCategory.map(toBreakdown),
    byWorkload: {
      items: workloads.map((w) => ({
        clusterName: w.cluster_name,
        namespace: w.namespace,
        workloadKind: w.workload_kind,
        workloadName: w.workload_name,
        total: money(w.total),
        podHours: w.pod_hours.toFixed(),
      })),
      workloadCount: Number(workloads[0]?.workload_count ?? 0),
      // Facts with no workload split (snapshots, facts computed before splits existed) stay visible.
      notSplit: new Prisma.Decimal(figures.total).minus(workloadSum[0]?.total ?? 0).toFixed(),
    },
    topResources: {
      items: top.map(toResource),
      total: Number(resourceCount[0]?.n ?? 0),
      page: input.page,
      pageSize: input.pageSize,
    },
    likelyOwned: { ...toFigures(likelyTotals[0]), resources: likelyTop.map(toResource) },
    trend: [...days.values()],
  };
}
