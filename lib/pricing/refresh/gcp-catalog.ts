import type { Dec } from "../decimal";
import { GCP_GPUS } from "../products";
import type { PriceComponent } from "../types";
import { normaliseUnit } from "../units";
import { PriceResponseError, readPriceAmount } from "./read-price-amount";
import { rowsToPrice } from "./rows-to-price";
import { countUnmatched, emptyResult, type ImportResult } from "./types";

// GCP Cloud Billing Catalog API SKUs (GET cloudbilling.googleapis.com/v1/services/{id}/skus, pricing.md §2.3).

interface Money {
  currencyCode: string;
  units: string;
  nanos: number;
}
export interface GcpSku {
  skuId: string;
  description: string;
  category: { resourceFamily?: string; resourceGroup?: string; usageType?: string };
  serviceRegions: string[];
  pricingInfo: {
    effectiveTime?: string;
    pricingExpression: { usageUnit: string; tieredRates: { startUsageAmount: number; unitPrice: Money }[] };
  }[];
}
export interface GcpSkuPage {
  skus: GcpSku[];
  nextPageToken?: string;
}

export function isGcpSkuPage(json: unknown): json is GcpSkuPage {
  return typeof json === "object" && json !== null && Array.isArray((json as GcpSkuPage).skus);
}

/** Price = units + nanos × 10⁻⁹: both fields, exactly (OpenCost reads only nanos, pricing.md §3.1). */
export function moneyToDecimal(money: Money, item = "GCP price", field = "unitPrice"): Dec {
  if (typeof money !== "object" || money === null)
    throw new PriceResponseError(`${item}: ${field} is missing`);
  const units = readPriceAmount(money.units || "0", item, `${field}.units`);
  const nanos = readPriceAmount(money.nanos ?? 0, item, `${field}.nanos`);
  if (!nanos.isInteger() || nanos.greaterThanOrEqualTo(1e9)) {
    throw new PriceResponseError(`${item}: ${field}.nanos: ${money.nanos} is not a whole number below 10^9`);
  }
  return units.plus(nanos.div(1e9));
}

type Target = { product: string; component: PriceComponent; location?: string; exact: boolean };

const FILESTORE: [RegExp, string][] = [
  [/^Filestore Capacity Basic HDD \(Standard\) /, "filestore-basic-hdd"],
  [/^Filestore Capacity Basic SSD \(Premium\) /, "filestore-basic-ssd"],
  [/^Filestore Capacity Zonal and High Scale /, "filestore-zonal"],
  [/^Filestore Capacity Regional and Enterprise /, "filestore-regional"],
];

const MULTI_REGION: Record<string, string> = { US: "us", EU: "eu", Asia: "asia" };

/** A location as SKU descriptions name it ("Iowa", "Northern Virginia", "US"), optionally after "in". */
const PLACE = /^(?:in )?\p{Lu}[\p{L}\d.']*(?:[ -]\p{Lu}[\p{L}\d.']*)*$/u;

/**
 * Cloud Storage SKUs that are not a bucket's storage at rest in one region: dual- and multi-region
 * storage are other locations (and may list the same serviceRegions), retrieval and early-delete
 * fees are charges per event, not per GiB-month stored.
 */
const NOT_REGIONAL_STORAGE = /Dual-region|Multi-region|Retrieval|Early Delete/i;

/**
 * The product a SKU prices, if any. `exact`: what follows the matched name is only a location, so
 * the description is the product's canonical one rather than a longer variant of it.
 */
function target(description: string): Target | null {
  const hit = (product: string, component: PriceComponent, rest: string, location?: string): Target => ({
    product,
    component,
    location,
    exact: rest.trim() === "" || PLACE.test(rest.trim()),
  });
  // Spot, commitment, DWS and storage-pool variants are other products.
  if (/Spot|Preemptible|Commitment|DWS|Storage Pool|Confidential|Reserved/i.test(description)) return null;
  const disks: [RegExp, string, PriceComponent][] = [
    [/^Storage PD Capacity/, "gce-pd-standard", "capacity"],
    [/^Regional Storage PD Capacity/, "gce-pd-standard-regional", "capacity"],
    [/^Balanced PD Capacity/, "gce-pd-balanced", "capacity"],
    [/^Regional Balanced PD Capacity/, "gce-pd-balanced-regional", "capacity"],
    [/^SSD backed PD Capacity/, "gce-pd-ssd", "capacity"],
    [/^Regional SSD backed PD Capacity/, "gce-pd-ssd-regional", "capacity"],
    [/^Extreme PD Capacity/, "gce-pd-extreme", "capacity"],
    [/^Extreme PD IOPS/, "gce-pd-extreme", "iops"],
    [/^Hyperdisk Balanced Capacity/, "gce-hyperdisk-balanced", "capacity"],
    [/^Hyperdisk Balanced IOPS/, "gce-hyperdisk-balanced", "iops"],
    [/^Hyperdisk Balanced Throughput/, "gce-hyperdisk-balanced", "throughput"],
    [/^Hyperdisk Extreme Capacity/, "gce-hyperdisk-extreme", "capacity"],
    [/^Hyperdisk Extreme IOPS/, "gce-hyperdisk-extreme", "iops"],
    [/^Hyperdisk Throughput Capacity/, "gce-hyperdisk-throughput", "capacity"],
    [/^Hyperdisk Throughput Throughput Capacity/, "gce-hyperdisk-throughput", "throughput"],
    [/^Hyperdisk ML Capacity/, "gce-hyperdisk-ml", "capacity"],
    [/^Hyperdisk ML Throughput Capacity/, "gce-hyperdisk-ml", "throughput"],
    [/^SSD backed Local Storage in/, "gce-local-ssd", "capacity"],
    [/^Storage PD Snapshot Archive in/, "gce-pd-snapshot", "snapshot_archive"],
  ];
  for (const [pattern, product, component] of disks) {
    const match = pattern.exec(description);
    if (match) return hit(product, component, description.slice(match[0].length));
  }
  const snapshot = /^Storage PD Snapshot in (.+)$/.exec(description);
  if (snapshot) {
    const multi = MULTI_REGION[snapshot[1] as string];
    return multi
      ? hit("gce-pd-snapshot-multiregional", "snapshot_standard", snapshot[1] as string, multi)
      : hit("gce-pd-snapshot", "snapshot_standard", snapshot[1] as string);
  }
  for (const [id, label] of GCP_GPUS) {
    const match = new RegExp(`^${label} running in `).exec(description);
    if (match) return hit(`gpu-${id}`, "gpu_hour", description.slice(match[0].length));
  }
  const gcs = /^(Standard|Nearline|Coldline|Archive) Storage (US|EU|Asia) Multi-region$/.exec(description);
  if (gcs)
    return hit(`gcs-${(gcs[1] as string).toLowerCase()}`, "capacity", "", MULTI_REGION[gcs[2] as string]);
  const gcsRegional = /^(?:Regional )?(Standard|Nearline|Coldline|Archive) Storage (.+)$/.exec(description);
  if (gcsRegional) {
    if (NOT_REGIONAL_STORAGE.test(description)) return null;
    return hit(`gcs-${(gcsRegional[1] as string).toLowerCase()}`, "capacity", gcsRegional[2] as string);
  }
  // Cloud Filestore SKUs: "Filestore Capacity Basic HDD (Standard) Iowa", "… Basic SSD (Premium) …",
  // "Filestore Capacity Zonal and High Scale …", "Filestore Capacity Regional and Enterprise …"
  // (default performance; custom performance bills "Filestore Instance …" SKUs, another product).
  const filestore = FILESTORE.find(([pattern]) => pattern.test(description));
  if (filestore) {
    const [pattern, product] = filestore;
    return hit(product, "capacity", description.replace(pattern, ""));
  }
  const lustre = /Managed Lustre.*?(125|250|500|1000) ?MB/i.exec(description);
  if (lustre)
    return hit(`managed-lustre-${lustre[1]}`, "capacity", description.slice(lustre.index + lustre[0].length));
  return null;
}

/** Our prices from Catalog SKUs, one per service region (GPU SKUs list every region they serve). */
export function parseGcpSkus(skus: GcpSku[], regions: string[] | null): ImportResult {
  const result = emptyResult();
  for (const [index, sku] of skus.entries()) {
    if (typeof sku !== "object" || sku === null || typeof sku.description !== "string") {
      throw new PriceResponseError(`GCP SKU ${index}: not a SKU object with a description`);
    }
    result.recordsRead += 1;
    if (sku.category?.usageType && sku.category.usageType !== "OnDemand") {
      countUnmatched(result, `${sku.category.usageType} usage (only OnDemand prices are imported)`);
      continue;
    }
    const goal = target(sku.description);
    if (!goal) {
      const group = sku.category?.resourceGroup ?? sku.category?.resourceFamily ?? "no category";
      countUnmatched(result, `${group}: no product Tierscope prices`);
      continue;
    }
    const info = sku.pricingInfo?.[0];
    if (!info) {
      result.warnings.push(`${sku.skuId} "${sku.description}": no pricingInfo`);
      continue;
    }
    const expression = info.pricingExpression;
    const unit = normaliseUnit("gcp", expression.usageUnit, goal.component);
    if (!unit) {
      result.warnings.push(`${sku.skuId} "${sku.description}": unknown unit "${expression.usageUnit}"`);
      continue;
    }
    const item = `GCP SKU ${sku.skuId} ("${sku.description}")`;
    const rows = expression.tieredRates.map((rate, i) => ({
      from: readPriceAmount(rate.startUsageAmount ?? 0, item, `tieredRates[${i}].startUsageAmount`),
      price: moneyToDecimal(rate.unitPrice, item, `tieredRates[${i}].unitPrice`).times(unit.factor),
    }));
    const price = rowsToPrice(rows, goal.product, goal.component);
    if (!price) {
      result.warnings.push(`${sku.skuId} "${sku.description}": $0 price skipped`);
      continue;
    }
    const currency = expression.tieredRates[0]?.unitPrice.currencyCode ?? "USD";
    const locations = (goal.location ? [goal.location] : sku.serviceRegions).filter(
      (region) => !regions || goal.location || regions.includes(region),
    );
    if (locations.length === 0) {
      countUnmatched(result, "outside the regions refreshed");
      continue;
    }
    result.recordsMatched += 1;
    for (const region of locations) {
      result.prices.push({
        provider: "gcp",
        region,
        product: goal.product,
        component: goal.component,
        unit: unit.unit,
        currency,
        ...price,
        sku: sku.skuId,
        description: sku.description,
        providerEffectiveDate: info.effectiveTime?.slice(0, 10) ?? null,
        exactMatch: goal.exact,
      });
    }
  }
  return result;
}
