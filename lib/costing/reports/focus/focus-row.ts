import { Dec } from "../../../pricing/decimal";
import type { PriceUnit } from "../../../pricing/types";
import { MS_PER_DAY } from "../../day-window";
import type { FocusFact } from "./focus-fact";
import { focusPricing } from "./focus-pricing";
import { focusProviderName, focusServiceName, focusServiceSubcategory } from "./focus-service";

/** The columns the export writes, in order: FOCUS columns, then Tierscope's x_ columns. */
export const FOCUS_EXPORT_COLUMNS = [
  "AllocatedMethodDetails",
  "AllocatedMethodId",
  "AllocatedResourceId",
  "AllocatedResourceName",
  "AllocatedTags",
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
  "HostProviderName",
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
  "ServiceProviderName",
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
  request: "Requests",
};

const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");

const KIND_WORDS: Record<FocusFact["resourceKind"], string> = {
  PersistentVolume: "volume",
  VolumeSnapshotContent: "snapshot",
  VolumeDataAccess: "data access of volume",
};

/** What the split measured each reader by (AllocatedMethodDetails' UsageUnit), per Tierscope method. */
function allocatedMethodDetails(fact: FocusFact, share: string, method: string): string {
  // Written by hand so the ratio and quantity keep every stored digit (JSON numbers, not floats).
  const byQuantity = method === "bytes-read" || method === "bytes-written";
  const usage = byQuantity
    ? `,"UsageUnit":${JSON.stringify(FOCUS_UNIT[fact.unit])},"UsageQuantity":${new Dec(fact.quantity).toFixed()}`
    : method === "pod-time-share"
      ? ',"UsageUnit":"Pod-Hours"'
      : "";
  return `{"Elements":[{"AllocatedRatio":${new Dec(share).toFixed()}${usage}}]}`;
}

/**
 * One FOCUS 1.3 row for one day of one resource's priced component. Billed, effective and
 * contracted cost are the fact's cost (Tierscope computes list prices less negotiated discounts;
 * there are no commitments or amortised purchases); list cost is the cost before the discount.
 * A data-access fact is an allocated charge of a data generator-calculated split: its origin
 * charge is the volume's (ResourceId, Tags), the namespace it went to is the allocated resource
 * (AllocatedResourceId, AllocatedTags), and AllocatedMethodId/Details say how it was split.
 */
export function focusRow(
  fact: FocusFact,
  report: { month: string; status: "closed" | "preliminary" },
): FocusRow {
  const dayStart = Date.parse(`${fact.day}T00:00:00Z`);
  const [year, month] = report.month.split("-").map(Number) as [number, number];
  const cost = new Dec(fact.cost);
  const pricing = focusPricing(fact);
  // Ten decimal places, as the facts store costs and prices: the products of the rounded figures
  // stay within validate-focus's tolerance of the costs.
  const fixed = (value: Dec) => value.toDecimalPlaces(10).toFixed();
  const provider = focusProviderName(fact.provider);
  const owner = fact.namespace ?? fact.likelyOwnerNamespace;
  const split = fact.detail.split;
  const tags: Record<string, string> = { "tierscope/cluster": fact.clusterName };
  if (fact.storageClassName) tags["tierscope/storage-class"] = fact.storageClassName;
  const ownerTags: Record<string, string> = {};
  if (fact.namespace) ownerTags["tierscope/namespace"] = fact.namespace;
  if (fact.team) ownerTags["tierscope/team"] = fact.team;
  if (fact.costCentre) ownerTags["tierscope/cost-centre"] = fact.costCentre;
  // The unallocated part of a split has no allocated resource (FOCUS: AllocatedResourceId null).
  const allocatedTo = split && fact.namespace ? fact.namespace : null;
  const name = split ? split.volumeName : (fact.resourceName ?? fact.resourceUid);
  const kind = KIND_WORDS[fact.resourceKind];
  return {
    AllocatedMethodDetails: split ? allocatedMethodDetails(fact, split.share, split.method) : null,
    AllocatedMethodId: split ? `tierscope/data-access/${split.method}` : null,
    AllocatedResourceId: allocatedTo ? `${fact.clusterName}/Namespace/${allocatedTo}` : null,
    AllocatedResourceName: allocatedTo,
    AllocatedTags: allocatedTo ? JSON.stringify(ownerTags) : null,
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
    ChargePeriodEnd: iso(dayStart + MS_PER_DAY),
    ChargePeriodStart: iso(dayStart),
    ConsumedQuantity: fixed(pricing.consumedQuantity),
    ConsumedUnit: FOCUS_UNIT[pricing.consumedUnit],
    ContractedCost: cost.toFixed(),
    ContractedUnitPrice: fixed(pricing.contractedUnitPrice),
    EffectiveCost: cost.toFixed(),
    HostProviderName: provider,
    InvoiceIssuerName: provider,
    ListCost: fixed(pricing.listCost),
    ListUnitPrice: fixed(pricing.listUnitPrice),
    PricingCategory: "Standard",
    PricingQuantity: fixed(pricing.pricingQuantity),
    PricingUnit: FOCUS_UNIT[fact.unit],
    ProviderName: provider,
    PublisherName: provider,
    RegionId: fact.region,
    RegionName: fact.region,
    ResourceId: split
      ? `${fact.clusterName}/PersistentVolume/${split.volumeUid}`
      : `${fact.clusterName}/${fact.resourceKind}/${fact.resourceUid}`,
    ResourceName: name,
    ResourceType: fact.resourceKind,
    ServiceCategory: "Storage",
    ServiceName: focusServiceName(fact.product, fact.category),
    ServiceProviderName: provider,
    ServiceSubcategory: focusServiceSubcategory(fact.category),
    SubAccountId: fact.clusterId,
    SubAccountName: fact.clusterName,
    SubAccountType: "Kubernetes Cluster",
    Tags: JSON.stringify(split ? tags : { ...tags, ...ownerTags }),
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
