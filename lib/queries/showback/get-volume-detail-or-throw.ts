import type { CostWindow } from "../../costing/cost-window";
import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { getClusterByNameOrThrow } from "../clusters/get-cluster-by-name-or-throw";
import { type TeamIds, teamVisible } from "../scope/team-scope-sql";
import { type CurrencyTotal, selectCurrency } from "./select-currency";
import { ShowbackNotFoundError } from "./showback-not-found-error";
import { factsFrom, inWindow, money } from "./showback-sql";

export interface VolumeCostComponent {
  /** The volume's capacity and performance category, or data-access for what its readers ran up. */
  category: string;
  component: string;
  status: string;
  cost: string | null;
  quantity: string;
  unit: string;
  hours: string;
  unitPrice: string | null;
  reason: string | null;
}

export interface VolumeCostDay {
  day: string;
  /** Priced, estimated and included components; unpriced ones add nothing and set `unpriced`. */
  total: string;
  unpriced: boolean;
  components: VolumeCostComponent[];
}

export interface VolumeRevisionItem {
  validFrom: string;
  validTo: string | null;
  capacityBytes: string;
  phase: string;
  storageClassName: string | null;
  claimNamespace: string | null;
  claimName: string | null;
}

export interface VolumeUsagePoint {
  day: string;
  /** The day's highest and mean kubelet-reported used bytes, over the claims this volume was bound to. */
  maxUsedBytes: number;
  avgUsedBytes: number;
}

export interface VolumeDetailResult {
  volume: {
    clusterName: string;
    provider: string;
    uid: string;
    name: string;
    storageClassName: string | null;
    capacityBytes: string;
    phase: string;
    reclaimPolicy: string;
    claimNamespace: string | null;
    claimName: string | null;
    csiDriver: string | null;
    volumeHandle: string | null;
    zone: string | null;
    createdAt: string;
    deletedAt: string | null;
  };
  window: CostWindow;
  currency: string;
  currencies: CurrencyTotal[];
  /** The window's cost, in `currency`. */
  total: string;
  /** The part of `total` that is data access (reads, writes, requests), whoever read it. */
  dataAccessTotal: string;
  /** Every day of the window that has facts, and each component's fact. */
  costHistory: VolumeCostDay[];
  usage: VolumeUsagePoint[];
  /** Newest first: size, phase, class and claim over time. */
  revisions: VolumeRevisionItem[];
  /** First and last day this volume has any facts, whatever the window. */
  factDays: { first: string; last: string } | null;
}

const REVISIONS = 200;

export type VolumeDetailParams = CostWindow & {
  cluster: string;
  uid: string;
  currency?: string;
  teamIds: TeamIds;
};

/**
 * One PersistentVolume: its cost by day and component (with the data access its readers ran up,
 * summed over the namespaces it was split among), its usage, and its history.
 */
export async function readVolumeDetailOrThrow(
  db: Db,
  params: VolumeDetailParams,
): Promise<VolumeDetailResult> {
  const cluster = await getClusterByNameOrThrow(db, params.cluster);
  const pv = await db.persistentVolume.findUnique({
    where: { clusterId_uid: { clusterId: cluster.id, uid: params.uid } },
  });
  // A volume is its claim's team's (a released one keeps the claim that last bound it); another
  // team's volume reads as a missing one.
  const owner = pv?.claimNamespace
    ? await db.namespace.findUnique({
        where: { clusterId_name: { clusterId: cluster.id, name: pv.claimNamespace } },
        select: { teamId: true },
      })
    : null;
  if (!pv || !teamVisible(params.teamIds, owner?.teamId ?? null))
    throw new ShowbackNotFoundError(
      `No PersistentVolume with uid "${params.uid}" in cluster "${cluster.name}"`,
    );
  const window = { from: params.from, to: params.to };
  // Its own facts, and the data-access facts of each namespace that read it (`<uid>/<namespace>`).
  const resource = Prisma.sql`cf.cluster_id = ${cluster.id}::uuid
    AND ((cf.resource_kind = 'PersistentVolume' AND cf.resource_uid = ${pv.uid})
      OR (cf.resource_kind = 'VolumeDataAccess' AND cf.resource_uid LIKE ${`${pv.uid}/%`}))`;
  const { currency, currencies } = await selectCurrency(
    db,
    { facts: Prisma.sql`${resource} AND ${inWindow(window)}`, window },
    params.currency,
  );

  const [facts, revisions, usage, factDays] = await Promise.all([
    db.$queryRaw<
      {
        day: string;
        category: string;
        component: string;
        status: string;
        cost: Prisma.Decimal | null;
        quantity: Prisma.Decimal;
        unit: string;
        hours: Prisma.Decimal;
        unit_price: Prisma.Decimal | null;
        reason: string | null;
      }[]
    >`
      SELECT to_char(cf.day, 'YYYY-MM-DD') AS day, cf.category::text AS category, cf.component::text AS component,
             cf.status::text AS status, sum(cf.cost) AS cost, sum(cf.quantity) AS quantity, cf.unit::text AS unit,
             cf.hours, cf.unit_price, cf.reason
      ${factsFrom(window)}
       WHERE ${resource} AND ${inWindow(window)} AND cf.currency = ${currency}
       GROUP BY cf.day, cf.category, cf.component, cf.status, cf.unit, cf.hours, cf.unit_price, cf.reason
       ORDER BY cf.day, cf.component`,
    db.persistentVolumeRevision.findMany({
      where: { clusterId: cluster.id, uid: pv.uid },
      orderBy: { validFrom: "desc" },
      take: REVISIONS,
    }),
    db.$queryRaw<{ day: string; max_used: number; avg_used: number }[]>`
      WITH claims AS (
        SELECT r.claim_namespace AS namespace, r.claim_name AS name, r.valid_from AS since, r.valid_to AS until
          FROM persistent_volume_revision r
         WHERE r.cluster_id = ${cluster.id}::uuid AND r.uid = ${pv.uid} AND r.claim_name IS NOT NULL
        UNION ALL
        -- A volume with no recorded history: its current claim over its life.
        SELECT pv.claim_namespace, pv.claim_name, pv.created_at, pv.deleted_at
          FROM persistent_volume pv
         WHERE pv.cluster_id = ${cluster.id}::uuid AND pv.uid = ${pv.uid} AND pv.claim_name IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM persistent_volume_revision r
                            WHERE r.cluster_id = pv.cluster_id AND r.uid = pv.uid)
      )
      SELECT to_char(s.at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
             max(s.value) AS max_used, avg(s.value) AS avg_used
        FROM claims cl
        JOIN metric_series ms
          ON ms.cluster_id = ${cluster.id}::uuid AND ms.metric = 'volume_used_bytes'
         AND ms.namespace = cl.namespace AND ms.persistent_volume_claim = cl.name
        JOIN metric_sample s
          ON s.cluster_id = ms.cluster_id AND s.series_id = ms.id
         AND s.at >= cl.since AND (cl.until IS NULL OR s.at < cl.until)
       WHERE s.at >= (${params.from}::date)::timestamp AT TIME ZONE 'UTC'
         AND s.at < (${params.to}::date + 1)::timestamp AT TIME ZONE 'UTC'
       GROUP BY 1
       ORDER BY 1`,
    db.$queryRaw<{ first: string | null; last: string | null }[]>`
      SELECT to_char(min(cf.first_day), 'YYYY-MM-DD') AS first, to_char(max(cf.last_day), 'YYYY-MM-DD') AS last
        FROM cost_fact cf WHERE ${resource}`,
  ]);

  const days = new Map<string, VolumeCostDay>();
  let total = new Prisma.Decimal(0);
  let dataAccessTotal = new Prisma.Decimal(0);
  for (const fact of facts) {
    const day = days.get(fact.day) ?? { day: fact.day, total: "0", unpriced: false, components: [] };
    if (fact.cost) {
      day.total = fact.cost.plus(day.total).toFixed();
      total = total.plus(fact.cost);
      if (fact.category === "data-access") dataAccessTotal = dataAccessTotal.plus(fact.cost);
    }
    if (fact.status === "unpriced") day.unpriced = true;
    day.components.push({
      category: fact.category,
      component: fact.component,
      status: fact.status,
      cost: fact.cost?.toFixed() ?? null,
      quantity: fact.quantity.toFixed(),
      unit: fact.unit,
      hours: fact.hours.toFixed(),
      unitPrice: fact.unit_price?.toFixed() ?? null,
      reason: fact.reason,
    });
    days.set(fact.day, day);
  }
  const span = factDays[0];
  return {
    volume: {
      clusterName: cluster.name,
      provider: cluster.provider,
      uid: pv.uid,
      name: pv.name,
      storageClassName: pv.storageClassName,
      capacityBytes: pv.capacityBytes.toString(),
      phase: pv.phase,
      reclaimPolicy: pv.reclaimPolicy,
      claimNamespace: pv.claimNamespace,
      claimName: pv.claimName,
      csiDriver: pv.csiDriver,
      volumeHandle: pv.volumeHandle,
      zone: pv.zone,
      createdAt: pv.createdAt.toISOString(),
      deletedAt: pv.deletedAt?.toISOString() ?? null,
    },
    window,
    currency,
    currencies,
    total: money(total),
    dataAccessTotal: money(dataAccessTotal),
    costHistory: [...days.values()],
    usage: usage.map((u) => ({
      day: u.day,
      maxUsedBytes: Number(u.max_used),
      avgUsedBytes: Number(u.avg_used),
    })),
    revisions: revisions.map((r) => ({
      validFrom: r.validFrom.toISOString(),
      validTo: r.validTo?.toISOString() ?? null,
      capacityBytes: r.capacityBytes.toString(),
      phase: r.phase,
      storageClassName: r.storageClassName,
      claimNamespace: r.claimNamespace,
      claimName: r.claimName,
    })),
    factDays: span?.first && span.last ? { first: span.first, last: span.last } : null,
  };
}
