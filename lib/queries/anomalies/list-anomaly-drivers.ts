import type { AnomalyKind } from "../../costing/anomalies/detect-anomalies";
import { shiftDay } from "../../costing/day-window";
import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { type ComponentFilters, componentFilters } from "../forecasts/component-filters";
import { type ForecastGrouping, forecastGroupKey } from "../forecasts/forecast-grouping";
import { factsFrom } from "../showback/showback-sql";

const KIND_FILTER: Record<AnomalyKind, Prisma.Sql> = {
  cost: Prisma.sql`TRUE`,
  "snapshot-growth": Prisma.sql`cf.resource_kind = 'VolumeSnapshotContent'`,
  "released-volumes": Prisma.sql`cf.allocation = 'unallocated' AND cf.resource_kind = 'PersistentVolume'`,
  "no-owner": Prisma.sql`(cf.allocation = 'unallocated' OR t.id IS NULL)`,
  unpriced: Prisma.sql`cf.status = 'unpriced'`,
};

/** The kinds whose group is a cluster, not a group of the grouping asked for. */
const PER_CLUSTER: readonly AnomalyKind[] = ["released-volumes", "no-owner"];

interface DriverRow {
  cluster: string;
  resource_kind: string;
  resource_uid: string;
  name: string | null;
  namespace: string | null;
  likely_owner_namespace: string | null;
  storage_class_name: string | null;
  cost_on: Prisma.Decimal | null;
  cost_before: Prisma.Decimal | null;
  present_on: boolean;
  present_before: boolean;
  capacity_on: Prisma.Decimal | null;
  capacity_before: Prisma.Decimal | null;
  unit: string | null;
  status: string | null;
  snapshot_chain_id: string | null;
}

/**
 * The resources that changed most between the day before an anomaly and its first day, in its group
 * and of its kind: appeared, disappeared, or cost more or less (with their capacity quantities and
 * status), largest change first. A snapshot content known to the inventory carries its chain's id.
 */
export async function listAnomalyDrivers(
  db: Db,
  params: ComponentFilters & {
    by: ForecastGrouping;
    kind: AnomalyKind;
    group: string;
    day: string;
    limit: number;
  },
) {
  const before = shiftDay(params.day, -1);
  const groupFilter = PER_CLUSTER.includes(params.kind)
    ? Prisma.sql`c.name = ${params.group}`
    : Prisma.sql`${forecastGroupKey(params.by)} = ${params.group}`;
  const rows = await db.$queryRaw<DriverRow[]>`
    SELECT c.name AS cluster, cf.resource_kind::text AS resource_kind, cf.resource_uid,
           coalesce(max(pv.name), max(vsc.name)) AS name, max(cf.namespace) AS namespace,
           max(cf.likely_owner_namespace) AS likely_owner_namespace, max(cf.storage_class_name) AS storage_class_name,
           sum(cf.cost) FILTER (WHERE cf.day = ${params.day}::date) AS cost_on,
           sum(cf.cost) FILTER (WHERE cf.day = ${before}::date) AS cost_before,
           bool_or(cf.day = ${params.day}::date) AS present_on, bool_or(cf.day = ${before}::date) AS present_before,
           max(cf.quantity) FILTER (WHERE cf.day = ${params.day}::date AND cf.component = 'capacity') AS capacity_on,
           max(cf.quantity) FILTER (WHERE cf.day = ${before}::date AND cf.component = 'capacity') AS capacity_before,
           max(cf.unit::text) FILTER (WHERE cf.component = 'capacity') AS unit,
           max(cf.status::text) FILTER (WHERE cf.day = ${params.day}::date) AS status,
           max(CASE WHEN vsc.uid IS NULL THEN NULL WHEN vsc.source_volume_handle IS NULL THEN 'content:' || vsc.uid
                    ELSE 'volume:' || vsc.source_volume_handle END) AS snapshot_chain_id
      ${factsFrom({ from: before, to: params.day })}
      LEFT JOIN persistent_volume pv ON cf.resource_kind = 'PersistentVolume' AND pv.cluster_id = cf.cluster_id AND pv.uid = cf.resource_uid
      LEFT JOIN volume_snapshot_content vsc ON cf.resource_kind = 'VolumeSnapshotContent' AND vsc.cluster_id = cf.cluster_id AND vsc.uid = cf.resource_uid
     WHERE cf.day BETWEEN ${before}::date AND ${params.day}::date
       AND ${groupFilter} AND ${KIND_FILTER[params.kind]} AND ${componentFilters(params)}
     GROUP BY c.name, cf.resource_kind, cf.resource_uid
    HAVING bool_or(cf.day = ${params.day}::date) IS DISTINCT FROM bool_or(cf.day = ${before}::date)
        OR coalesce(sum(cf.cost) FILTER (WHERE cf.day = ${params.day}::date), 0)
           <> coalesce(sum(cf.cost) FILTER (WHERE cf.day = ${before}::date), 0)
     ORDER BY abs(coalesce(sum(cf.cost) FILTER (WHERE cf.day = ${params.day}::date), 0)
                - coalesce(sum(cf.cost) FILTER (WHERE cf.day = ${before}::date), 0)) DESC, cf.resource_uid
     LIMIT ${params.limit}`;
  return rows.map((r) => ({
    cluster: r.cluster,
    resourceKind: r.resource_kind,
    resourceUid: r.resource_uid,
    name: r.name,
    namespace: r.namespace ?? r.likely_owner_namespace,
    storageClassName: r.storage_class_name,
    change: r.present_on && !r.present_before ? "appeared" : !r.present_on ? "gone" : "changed",
    costBefore: r.cost_before?.toFixed() ?? null,
    costOn: r.cost_on?.toFixed() ?? null,
    capacityBefore: r.capacity_before?.toFixed() ?? null,
    capacityOn: r.capacity_on?.toFixed() ?? null,
    capacityUnit: r.unit,
    status: r.status,
    /** A snapshot content's chain id ("volume:<handle>" or "content:<uid>"), when the content is known. */
    snapshotChainId: r.snapshot_chain_id,
  }));
}

export type AnomalyDriver = Awaited<ReturnType<typeof listAnomalyDrivers>>[number];
