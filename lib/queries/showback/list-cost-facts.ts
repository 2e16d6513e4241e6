import type { CostWindow } from "../../costing/cost-window";
import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import type { TCostFactsQuery } from "../../services/showback/showback-params";
import { getClusterByNameOrThrow } from "../clusters/get-cluster-by-name-or-throw";
import { ownedByTeams, type TeamIds } from "../scope/team-scope-sql";
import { type CurrencyTotal, selectCurrency } from "./select-currency";
import { factsFrom, groupSql, inWindow, money } from "./showback-sql";

export type CostFactsParams = Omit<TCostFactsQuery, "month"> & { teamIds: TeamIds };

interface FactRow {
  cluster_name: string;
  day: string;
  resource_kind: string;
  resource_uid: string;
  resource_name: string | null;
  component: string;
  status: string;
  allocation: string;
  namespace: string | null;
  likely_owner_namespace: string | null;
  storage_class_name: string | null;
  category: string;
  quantity: Prisma.Decimal;
  unit: string;
  hours: Prisma.Decimal;
  unit_price: Prisma.Decimal | null;
  cost: Prisma.Decimal | null;
  currency: string;
  reason: string | null;
  detail: unknown;
  price_entry_id: string | null;
  product: string | null;
  region: string | null;
  sku: string | null;
  tier_mode: string | null;
  entry_description: string | null;
  source_kind: string | null;
  source_description: string | null;
  source_url: string | null;
  source_grade: string | null;
  source_date: string | null;
  override_id: string | null;
  override_kind: string | null;
  override_note: string | null;
  override_discount: Prisma.Decimal | null;
}

export interface CostFactItem {
  clusterName: string;
  day: string;
  resourceKind: string;
  resourceUid: string;
  /** The PersistentVolume's or VolumeSnapshotContent's name, when Tierscope has seen it. */
  resourceName: string | null;
  component: string;
  status: string;
  allocation: string;
  namespace: string | null;
  likelyOwnerNamespace: string | null;
  storageClassName: string | null;
  category: string;
  /** Billed quantity in the price's quantity unit (after tiers and included baselines). */
  quantity: string;
  unit: string;
  /** Hours of the day the resource existed in this state. */
  hours: string;
  unitPrice: string | null;
  cost: string | null;
  currency: string;
  /** What a whole month of this component costs at this price (tiers applied); null when unpriced. */
  monthlyCost: string | null;
  /** Graduated or size tiers: each slice's quantity at its unit price, adding up to monthlyCost. */
  priceSlices: { quantity: string; unitPrice: string }[] | null;
  /**
   * cost ÷ monthlyCost: the part of a month this fact bills, so that monthlyCost × prorationFactor =
   * cost. For a monthly price that is hours ÷ the month's hours (730, or the calendar month's for
   * AWS month units); null when there is no price or nothing to bill.
   */
  prorationFactor: string | null;
  /** hours ÷ prorationFactor: the hours in the month the price was prorated over. */
  monthHours: string | null;
  reason: string | null;
  /** Tier slices, discount, exchange rate, the estimate's model and inputs, as costing recorded them. */
  detail: Record<string, unknown>;
  price: {
    id: string;
    product: string;
    region: string;
    sku: string | null;
    tierMode: string;
    description: string | null;
    source: {
      kind: string;
      description: string;
      url: string | null;
      grade: string | null;
      date: string;
    };
  } | null;
  override: { id: string; kind: string; note: string | null; discountPercent: string | null } | null;
}

export interface CostFactsResult {
  window: CostWindow;
  currency: string;
  currencies: CurrencyTotal[];
  /** Over every matching fact in `currency`, not only this page: what the figure that linked here says. */
  totals: { cost: string; factCount: number; unpricedFactCount: number };
  items: CostFactItem[];
  total: number;
  page: number;
  pageSize: number;
}

const PROVENANCE = Prisma.sql`
  LEFT JOIN price_entry pe ON pe.id = cf.price_entry_id
  LEFT JOIN price_source ps ON ps.id = pe.source_id
  LEFT JOIN price_override po ON po.id = cf.price_override_id
  LEFT JOIN persistent_volume pv
    ON cf.resource_kind = 'PersistentVolume' AND pv.cluster_id = cf.cluster_id AND pv.uid = cf.resource_uid
  LEFT JOIN volume_snapshot_content vsc
    ON cf.resource_kind = 'VolumeSnapshotContent' AND vsc.cluster_id = cf.cluster_id AND vsc.uid = cf.resource_uid`;

function filters(params: CostFactsParams, clusterId: string | undefined): Prisma.Sql {
  const parts = [inWindow(params), ownedByTeams(params.teamIds)];
  if (clusterId) parts.push(Prisma.sql`cf.cluster_id = ${clusterId}::uuid`);
  // A volume's uid also names the data access its readers ran up (VolumeDataAccess `<uid>/<namespace>`),
  // which the volume's own figures include: asked for a volume's facts, the kind takes those too.
  if (params.resourceKind === "PersistentVolume" && params.resourceUid)
    parts.push(Prisma.sql`cf.resource_kind IN ('PersistentVolume', 'VolumeDataAccess')`);
  else if (params.resourceKind)
    parts.push(Prisma.sql`cf.resource_kind = ${params.resourceKind}::"CostResourceKind"`);
  if (params.resourceUid)
    parts.push(Prisma.sql`(cf.resource_uid = ${params.resourceUid}
      OR (cf.resource_kind = 'VolumeDataAccess' AND cf.resource_uid LIKE ${`${params.resourceUid}/%`}))`);
  if (params.by && params.key !== undefined)
    parts.push(Prisma.sql`${groupSql(params.by).key} = ${params.key}`);
  if (params.namespace) parts.push(Prisma.sql`cf.namespace = ${params.namespace}`);
  if (params.team) parts.push(Prisma.sql`t.slug = ${params.team} AND cf.allocation = 'allocated'`);
  if (params.likelyOwner) parts.push(Prisma.sql`cf.likely_owner_namespace = ${params.likelyOwner}`);
  if (params.status) parts.push(Prisma.sql`cf.status = ${params.status}::"CostStatus"`);
  if (params.allocation) parts.push(Prisma.sql`cf.allocation = ${params.allocation}::"AllocationKind"`);
  return Prisma.join(parts, " AND ");
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Tier slices as costing recorded them in `detail.slices`: each quantity at its own unit price. */
function slicesOf(detail: unknown): { quantity: string; unitPrice: string }[] | null {
  const slices = (detail as { slices?: unknown } | null)?.slices;
  if (!Array.isArray(slices) || slices.length === 0) return null;
  const valid = slices.filter(
    (s): s is { quantity: string; unitPrice: string } =>
      typeof s?.quantity === "string" &&
      typeof s?.unitPrice === "string" &&
      DECIMAL.test(s.quantity) &&
      DECIMAL.test(s.unitPrice),
  );
  return valid.length === slices.length ? valid : null;
}

/**
 * The month's price the fact prorates: costing's own figure when it recorded one (size tiers bill a
 * whole disk whatever the GiB, graduated tiers sum their slices), else the slices' sum, else unit
 * price × quantity.
 */
function monthlyOf(
  row: FactRow,
  slices: { quantity: string; unitPrice: string }[] | null,
): Prisma.Decimal | null {
  const recorded = (row.detail as { monthlyCost?: unknown } | null)?.monthlyCost;
  if (typeof recorded === "string" && DECIMAL.test(recorded)) return new Prisma.Decimal(recorded);
  if (slices)
    return slices.reduce(
      (sum, s) => sum.plus(new Prisma.Decimal(s.quantity).times(s.unitPrice)),
      new Prisma.Decimal(0),
    );
  return row.unit_price ? row.unit_price.times(row.quantity) : null;
}

function item(row: FactRow): CostFactItem {
  const slices = slicesOf(row.detail);
  const monthly = monthlyOf(row, slices);
  const factor = row.cost && monthly && !monthly.isZero() ? row.cost.div(monthly) : null;
  return {
    clusterName: row.cluster_name,
    day: row.day,
    resourceKind: row.resource_kind,
    resourceUid: row.resource_uid,
    resourceName: row.resource_name,
    component: row.component,
    status: row.status,
    allocation: row.allocation,
    namespace: row.namespace,
    likelyOwnerNamespace: row.likely_owner_namespace,
    storageClassName: row.storage_class_name,
    category: row.category,
    quantity: row.quantity.toFixed(),
    unit: row.unit,
    hours: row.hours.toFixed(),
    unitPrice: row.unit_price?.toFixed() ?? null,
    cost: row.cost?.toFixed() ?? null,
    currency: row.currency.trim(),
    // Eight significant digits are plenty for display; the exact cost is `cost`.
    monthlyCost: monthly?.toFixed() ?? null,
    priceSlices: slices,
    prorationFactor: factor ? factor.toSignificantDigits(8).toFixed() : null,
    monthHours: factor && !factor.isZero() ? row.hours.div(factor).toDecimalPlaces(2).toFixed() : null,
    reason: row.reason,
    detail: (row.detail ?? {}) as Record<string, unknown>,
    price:
      row.price_entry_id && row.source_date
        ? {
            id: row.price_entry_id,
            product: row.product ?? "",
            region: row.region ?? "",
            sku: row.sku,
            tierMode: row.tier_mode ?? "flat",
            description: row.entry_description,
            source: {
              kind: row.source_kind ?? "",
              description: row.source_description ?? "",
              url: row.source_url,
              grade: row.source_grade,
              date: row.source_date,
            },
          }
        : null,
    override: row.override_id
      ? {
          id: row.override_id,
          kind: row.override_kind ?? "",
          note: row.override_note,
          discountPercent: row.override_discount?.toFixed() ?? null,
        }
      : null,
  };
}

/**
 * The facts behind any figure: for a resource, a showback group or a namespace over a window, every
 * fact with its price × quantity × hours = cost, its unit, and the price's source, date and grade.
 */
export async function readCostFacts(db: Db, params: CostFactsParams): Promise<CostFactsResult> {
  const cluster = params.cluster ? await getClusterByNameOrThrow(db, params.cluster) : undefined;
  const where = filters(params, cluster?.id);
  const { currency, currencies } = await selectCurrency(
    db,
    { facts: where, window: params },
    params.currency,
  );
  const scope = Prisma.sql`${where} AND cf.currency = ${currency}`;
  const [totals, rows] = await Promise.all([
    db.$queryRaw<{ cost: Prisma.Decimal | null; fact_count: bigint; unpriced: bigint }[]>`
      SELECT sum(cf.cost) AS cost, count(*) AS fact_count,
             count(*) FILTER (WHERE cf.status = 'unpriced') AS unpriced
      ${factsFrom(params)} WHERE ${scope}`,
    db.$queryRaw<FactRow[]>`
      SELECT c.name AS cluster_name, to_char(cf.day, 'YYYY-MM-DD') AS day,
             cf.resource_kind::text AS resource_kind, cf.resource_uid, coalesce(pv.name, vsc.name, cf.detail->>'volumeName') AS resource_name,
             cf.component::text AS component, cf.status::text AS status, cf.allocation::text AS allocation,
             cf.namespace, cf.likely_owner_namespace, cf.storage_class_name, cf.category,
             cf.quantity, cf.unit::text AS unit, cf.hours, cf.unit_price, cf.cost, cf.currency::text AS currency,
             cf.reason, cf.detail, cf.price_entry_id,
             pe.product, pe.region, pe.sku, pe.tier_mode::text AS tier_mode, pe.description AS entry_description,
             ps.kind::text AS source_kind, ps.description AS source_description, ps.url AS source_url,
             ps.grade::text AS source_grade,
             to_char(coalesce(cf.price_source_date, ps.source_date), 'YYYY-MM-DD') AS source_date,
             po.id AS override_id, po.kind::text AS override_kind, po.note AS override_note,
             po.discount_percent AS override_discount
      ${factsFrom(params)}
      ${PROVENANCE}
       WHERE ${scope}
       ORDER BY cf.day DESC, cf.cost DESC NULLS FIRST, c.name, cf.resource_kind, cf.resource_uid, cf.component
       LIMIT ${params.pageSize} OFFSET ${(params.page - 1) * params.pageSize}`,
  ]);
  const t = totals[0];
  return {
    window: { from: params.from, to: params.to },
    currency,
    currencies,
    totals: {
      cost: money(t?.cost),
      factCount: Number(t?.fact_count ?? 0),
      unpricedFactCount: Number(t?.unpriced ?? 0),
    },
    items: rows.map(item),
    total: Number(t?.fact_count ?? 0),
    page: params.page,
    pageSize: params.pageSize,
  };
}
