import { Dec } from "../../../pricing/decimal";
import { prorateMonthly } from "../../../pricing/proration";
import type { PriceUnit, Provider } from "../../../pricing/types";
import { periodsPerMonth } from "../../../pricing/units";
import type { CostCategory } from "../../cost-fact";
import { focusProviderName, focusServiceName, focusServiceSubcategory } from "./focus-service";

/** One priced cost fact of the month with what FOCUS needs to describe it (unpriced facts have no row). */
export interface FocusFact {
  day: string;
  orgId: string;
  orgName: string;
  clusterId: string;
  clusterName: string;
  provider: Provider;
  region: string | null;
  resourceKind: "PersistentVolume" | "VolumeSnapshotContent";
  resourceUid: string;
  resourceName: string | null;
  component: string;
  status: "priced" | "estimated" | "included";
  allocation: "allocated" | "unallocated";
  namespace: string | null;
  likelyOwnerNamespace: string | null;
  team: string | null;
  costCentre: string | null;
  storageClassName: string | null;
  category: CostCategory;
  product: string | null;
  priceEntryId: string | null;
  priceSourceDate: string | null;
  quantity: string;
  unit: PriceUnit;
  hours: string;
  unitPrice: string | null;
  cost: string;
  currency: string;
  discountPercent: string | null;
}

/** The columns the export writes, in order: FOCUS columns, then Tierscope's x_ columns. */
export const FOCUS_EXPORT_COLUMNS = [
  "BilledCost",
  "BillingAccountId",
  "BillingAccountName",
  "BillingCurrency",
  "BillingPeriodEnd",
  "BillingPeriodStart",
  "ChargeCategory",
  "ChargeClass",
  "ChargeDescription",
  "ChargeFrequency",
  "ChargePeriodEnd",
  "ChargePeriodStart",
  "ConsumedQuantity",
  "ConsumedUnit",
  "ContractedCost",
  "ContractedUnitPrice",
  "EffectiveCost",
  "InvoiceIssuerName",
  "ListCost",
  "ListUnitPrice",
  "PricingCategory",
  "PricingQuantity",
  "PricingUnit",
  "ProviderName",
  "PublisherName",
  "RegionId",
  "RegionName",
  "ResourceId",
  "ResourceName",
  "ResourceType",
  "ServiceCategory",
  "ServiceName",
  "ServiceSubcategory",
  "SubAccountId",
  "SubAccountName",
  "SubAccountType",
  "Tags",
  "x_CostStatus",
  "x_Allocation",
  "x_LikelyOwnerNamespace",
  "x_PriceComponent",
  "x_PriceEntryId",
  "x_PriceSourceDate",
  "x_Hours",
  "x_ReportStatus",
] as const;
export type FocusRow = Record<(typeof FOCUS_EXPORT_COLUMNS)[number], string | null>;

/** FOCUS's unit names (UnitFormat: "<unit>-<time>", plural time units). */
const FOCUS_UNIT: Record<PriceUnit, string> = {
  GiB_month: "GiB-Months",
  GB_month: "GB-Months",
  GiB_hour: "GiB-Hours",
  IOPS_month: "IOPS-Months",
  IOPS_hour: "IOPS-Hours",
  MiBps_month: "MiBps-Months",
  MBps_month: "MBps-Months",
  MBps_hour: "MBps-Hours",
  disk_month: "Disk-Months",
  GiB: "GiB",
  GB: "GB",
  hour: "Hours",
  TB_year: "TB-Years",
};

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");

/**
 * How many price units the day used: the quantity for the hours it existed, as a share of the
 * price's period by the provider's proration rule (the same rule the cost was computed with), so
 * PricingQuantity × ListUnitPrice is the list cost of a flat price.
 */
export function focusPricingQuantity(fact: FocusFact): Dec {
  const periods = periodsPerMonth(fact.unit);
  if (periods === null) return new Dec(fact.quantity);
  return prorateMonthly({
    provider: fact.provider,
    unit: fact.unit,
    monthlyAmount: new Dec(fact.quantity).times(periods),
    hours: new Dec(fact.hours),
    day: new Date(`${fact.day}T00:00:00Z`),
  });
}

/**
 * One FOCUS 1.2 row for one day of one resource's priced component. Billed, effective and
 * contracted cost are the fact's cost (Tierscope computes list prices less negotiated discounts;
 * there are no commitments or amortised purchases); list cost is the cost before the discount.
 */
export function focusRow(
  fact: FocusFact,
  report: { month: string; status: "closed" | "preliminary" },
): FocusRow {
  const dayStart = Date.parse(`${fact.day}T00:00:00Z`);
  const [year, month] = report.month.split("-").map(Number) as [number, number];
  const cost = new Dec(fact.cost);
  const keep = fact.discountPercent ? new Dec(100).minus(fact.discountPercent).div(100) : new Dec(1);
  const listCost = keep.isZero() ? cost : cost.div(keep).toDecimalPlaces(10);
  const quantity = focusPricingQuantity(fact).toDecimalPlaces(10);
  // FOCUS wants a unit price on every Usage row. A graduated (tiered) price has none of its own:
  // its blended list price is list cost ÷ quantity.
  const listUnitPrice =
    fact.unitPrice !== null
      ? new Dec(fact.unitPrice)
      : quantity.isZero()
        ? new Dec(0)
        : listCost.div(quantity).toDecimalPlaces(10);
  const provider = focusProviderName(fact.provider);
  const unit = FOCUS_UNIT[fact.unit];
  const owner = fact.namespace ?? fact.likelyOwnerNamespace;
  const tags: Record<string, string> = { "tierscope/cluster": fact.clusterName };
  if (fact.namespace) tags["tierscope/namespace"] = fact.namespace;
  if (fact.team) tags["tierscope/team"] = fact.team;
  if (fact.costCentre) tags["tierscope/cost-centre"] = fact.costCentre;
  if (fact.storageClassName) tags["tierscope/storage-class"] = fact.storageClassName;
  const name = fact.resourceName ?? fact.resourceUid;
  const kind = fact.resourceKind === "PersistentVolume" ? "volume" : "snapshot";
  return {
    BilledCost: cost.toFixed(),
    BillingAccountId: fact.orgId,
    BillingAccountName: fact.orgName,
    BillingCurrency: fact.currency,
    BillingPeriodEnd: iso(Date.UTC(year, month, 1)),
    BillingPeriodStart: iso(Date.UTC(year, month - 1, 1)),
    ChargeCategory: "Usage",
    ChargeClass: null,
    ChargeDescription:
      `${fact.component} of ${kind} ${name}` +
      (fact.storageClassName ? ` (${fact.storageClassName})` : "") +
      ` in ${fact.clusterName}${owner ? `/${owner}` : ""}, ${fact.hours} h` +
      (fact.allocation === "unallocated" ? ", unallocated" : ""),
    ChargeFrequency: "Usage-Based",
    ChargePeriodEnd: iso(dayStart + DAY_MS),
    ChargePeriodStart: iso(dayStart),
    ConsumedQuantity: quantity.toFixed(),
    ConsumedUnit: unit,
    ContractedCost: cost.toFixed(),
    ContractedUnitPrice: listUnitPrice.times(keep).toDecimalPlaces(10).toFixed(),
    EffectiveCost: cost.toFixed(),
    InvoiceIssuerName: provider,
    ListCost: listCost.toFixed(),
    ListUnitPrice: listUnitPrice.toFixed(),
    PricingCategory: "Standard",
    PricingQuantity: quantity.toFixed(),
    PricingUnit: unit,
    ProviderName: provider,
    PublisherName: provider,
    RegionId: fact.region,
    RegionName: fact.region,
    ResourceId: `${fact.clusterName}/${fact.resourceKind}/${fact.resourceUid}`,
    ResourceName: name,
    ResourceType: fact.resourceKind,
    ServiceCategory: "Storage",
    ServiceName: focusServiceName(fact.product, fact.category),
    ServiceSubcategory: focusServiceSubcategory(fact.category),
    SubAccountId: fact.clusterId,
    SubAccountName: fact.clusterName,
    SubAccountType: "Kubernetes Cluster",
    Tags: JSON.stringify(tags),
    x_CostStatus: fact.status,
    x_Allocation: fact.allocation,
    x_LikelyOwnerNamespace: fact.likelyOwnerNamespace,
    x_PriceComponent: fact.component,
    x_PriceEntryId: fact.priceEntryId,
    x_PriceSourceDate: fact.priceSourceDate,
    x_Hours: new Dec(fact.hours).toFixed(),
    x_ReportStatus: report.status,
  };
}
