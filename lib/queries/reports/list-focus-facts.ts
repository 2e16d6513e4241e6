import type { CostWindow } from "../../costing/cost-window";
import type { FocusFact, FocusFactDetail } from "../../costing/reports/focus/focus-fact";
import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import type { PriceUnit, Provider } from "../../pricing/types";
import { ownedByTeams, type TeamIds } from "../scope/team-scope-sql";
import { factsFrom, inWindow, runsReaching } from "../showback/showback-sql";

/** Fact runs read at a time: at most 31 FOCUS rows each. */
const RUNS = 500;

interface FocusFactRow {
  cluster_id: string;
  day: string;
  resource_kind: FocusFact["resourceKind"];
  resource_uid: string;
  component: string;
  org_id: string;
  org_name: string;
  cluster_name: string;
  provider: Provider;
  region: string | null;
  resource_name: string | null;
  status: FocusFact["status"];
  allocation: FocusFact["allocation"];
  namespace: string | null;
  likely_owner_namespace: string | null;
  team: string | null;
  cost_centre: string | null;
  storage_class_name: string | null;
  category: FocusFact["category"];
  product: string | null;
  price_entry_id: string | null;
  price_source_date: string | null;
  quantity: Prisma.Decimal;
  unit: PriceUnit;
  hours: Prisma.Decimal;
  unit_price: Prisma.Decimal | null;
  cost: Prisma.Decimal;
  currency: string;
  detail: Record<string, unknown>;
}

interface RunKey {
  cluster_id: string;
  first_day: string;
  resource_kind: string;
  resource_uid: string;
  component: string;
}

const text = (value: unknown): string | null =>
  typeof value === "string" || typeof value === "number" ? String(value) : null;

/** The parts of a fact's `detail` the FOCUS row reads (see FocusFactDetail), typed once here. */
function focusDetail(detail: Record<string, unknown>): FocusFactDetail {
  const segments = Array.isArray(detail.segments) ? (detail.segments as Record<string, unknown>[]) : null;
  const early = detail.earlyDeletion as Record<string, unknown> | undefined;
  return {
    includedQuantity: text(detail.includedQuantity),
    exchangeRate: text(detail.exchangeRate),
    discountPercent: text(detail.discountPercent),
    segments: segments?.map((s) => ({ hours: text(s.hours) ?? "0", quantity: text(s.quantity) })) ?? null,
    earlyDeletion:
      early && text(early.remainingHours) ? { remainingHours: text(early.remainingHours) as string } : null,
    storedBytes: text(detail.storedBytes),
    split:
      text(detail.allocationMethod) && text(detail.volumeUid) && text(detail.share)
        ? {
            volumeUid: text(detail.volumeUid) as string,
            volumeName: text(detail.volumeName) ?? (text(detail.volumeUid) as string),
            method: text(detail.allocationMethod) as string,
            share: text(detail.share) as string,
          }
        : null,
  };
}

/**
 * Every priced fact of a window, in whatever currency it was priced in (each FOCUS row states its
 * own BillingCurrency; unpriced facts have no cost to bill and are left out), with its organisation, cluster, resource name, owner's team and cost centre and price
 * product: the FOCUS export's input. Yields the days of a few hundred fact runs at a time, in
 * the runs' primary-key order (keyset pages over cost_fact's index), so memory stays flat however
 * many facts the month has.
 */
export async function* listFocusFacts(
  db: Db,
  params: { window: CostWindow; teamIds: TeamIds },
): AsyncGenerator<FocusFact[]> {
  const { window } = params;
  const owned = ownedByTeams(params.teamIds);
  const runKey = Prisma.sql`(cf.cluster_id, cf.first_day, cf.resource_kind, cf.resource_uid, cf.component)`;
  let after: Prisma.Sql = Prisma.sql`TRUE`;
  for (;;) {
    const [upTo] = await db.$queryRaw<RunKey[]>`
      SELECT * FROM (
        SELECT cf.cluster_id::text AS cluster_id, to_char(cf.first_day, 'YYYY-MM-DD') AS first_day,
               cf.resource_kind::text AS resource_kind, cf.resource_uid, cf.component::text AS component
          FROM cost_fact cf
         WHERE ${runsReaching("cf", window)} AND cf.cost IS NOT NULL AND ${owned} AND ${after}
         ORDER BY ${runKey}
         LIMIT ${RUNS}) batch
       ORDER BY 1 DESC, 2 DESC, 3 DESC, 4 DESC, 5 DESC
       LIMIT 1`;
    if (!upTo) return;
    const throughRun = Prisma.sql`${runKey} <= (${upTo.cluster_id}::uuid, ${upTo.first_day}::date,
      ${upTo.resource_kind}::"CostResourceKind", ${upTo.resource_uid}, ${upTo.component}::"PriceComponent")`;
    const rows = await db.$queryRaw<FocusFactRow[]>`
      SELECT cf.cluster_id::text AS cluster_id, to_char(cf.day, 'YYYY-MM-DD') AS day,
             cf.resource_kind::text AS resource_kind, cf.resource_uid, cf.component::text AS component,
             o.id::text AS org_id, o.name AS org_name, c.name AS cluster_name, c.provider::text AS provider,
             c.region, coalesce(pv.name, vsc.name) AS resource_name, cf.status::text AS status,
             cf.allocation::text AS allocation, cf.namespace, cf.likely_owner_namespace,
             t.slug AS team, coalesce(ns.cost_centre, t.cost_centre) AS cost_centre, cf.storage_class_name,
             cf.category, pe.product, cf.price_entry_id::text AS price_entry_id,
             to_char(cf.price_source_date, 'YYYY-MM-DD') AS price_source_date, cf.quantity,
             cf.unit::text AS unit, cf.hours, cf.unit_price, cf.cost, cf.currency::text AS currency,
             jsonb_build_object(
               'includedQuantity', cf.detail->'includedQuantity', 'exchangeRate', cf.detail->'exchangeRate',
               'discountPercent', cf.detail->'discountPercent', 'segments', cf.detail->'segments',
               'earlyDeletion', cf.detail->'earlyDeletion', 'storedBytes', cf.detail->'storedBytes'
             ) AS detail
      ${factsFrom(window)}
      JOIN organization o ON o.id = c.org_id
      LEFT JOIN price_entry pe ON pe.id = cf.price_entry_id
      LEFT JOIN persistent_volume pv
        ON cf.resource_kind = 'PersistentVolume' AND pv.cluster_id = cf.cluster_id AND pv.uid = cf.resource_uid
      LEFT JOIN volume_snapshot_content vsc
        ON cf.resource_kind = 'VolumeSnapshotContent' AND vsc.cluster_id = cf.cluster_id AND vsc.uid = cf.resource_uid
       WHERE ${inWindow(window)} AND cf.cost IS NOT NULL AND ${owned} AND ${after} AND ${throughRun}
       ORDER BY cf.cluster_id, cf.first_day, cf.resource_kind, cf.resource_uid, cf.component, cf.day`;
    if (rows.length > 0)
      yield rows.map((r) => ({
        day: r.day,
        orgId: r.org_id,
        orgName: r.org_name,
        clusterId: r.cluster_id,
        clusterName: r.cluster_name,
        provider: r.provider,
        region: r.region,
        resourceKind: r.resource_kind,
        resourceUid: r.resource_uid,
        resourceName: r.resource_name,
        component: r.component,
        status: r.status,
        allocation: r.allocation,
        namespace: r.namespace,
        likelyOwnerNamespace: r.likely_owner_namespace,
        team: r.team,
        costCentre: r.cost_centre,
        storageClassName: r.storage_class_name,
        category: r.category,
        product: r.product,
        priceEntryId: r.price_entry_id,
        priceSourceDate: r.price_source_date,
        quantity: r.quantity.toFixed(),
        unit: r.unit,
        hours: r.hours.toFixed(),
        unitPrice: r.unit_price?.toFixed() ?? null,
        cost: r.cost.toFixed(),
        currency: r.currency.trim(),
        detail: focusDetail(r.detail),
      }));
    after = Prisma.sql`${runKey} > (${upTo.cluster_id}::uuid, ${upTo.first_day}::date,
      ${upTo.resource_kind}::"CostResourceKind", ${upTo.resource_uid}, ${upTo.component}::"PriceComponent")`;
  }
}
