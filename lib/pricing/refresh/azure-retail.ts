import { type DiskTierFamily, diskTiers } from "../catalog/azure-disk-tiers";
import { type Dec, dec } from "../decimal";
import { AZURE_GPU_VMS } from "../products";
import type { PriceComponent } from "../types";
import { normaliseUnit } from "../units";
import { PriceResponseError, readPriceAmount } from "./read-price-amount";
import { type PriceRow, rowsToPrice } from "./rows-to-price";
import { countUnmatched, emptyResult, type ImportedPrice, type ImportResult } from "./types";

// Azure Retail Prices API items (GET prices.azure.com/api/retail/prices, pricing.md §2.2).

export interface AzureRetailItem {
  currencyCode: string;
  tierMinimumUnits: number;
  retailPrice: number;
  unitPrice: number;
  armRegionName: string;
  effectiveStartDate?: string;
  meterId: string;
  meterName: string;
  productName: string;
  skuName: string;
  serviceName: string;
  unitOfMeasure: string;
  type: string;
  armSkuName?: string;
}

export interface AzureRetailPage {
  BillingCurrency?: string;
  Items: AzureRetailItem[];
  NextPageLink: string | null;
}

export function isAzureRetailPage(json: unknown): json is AzureRetailPage {
  return typeof json === "object" && json !== null && Array.isArray((json as AzureRetailPage).Items);
}

type Target = {
  product: string;
  component: PriceComponent;
  tier?: { family: DiskTierFamily; label: string };
};

const DISK_PRODUCTS: Record<string, [DiskTierFamily, string]> = {
  "Premium SSD Managed Disks": ["P", "azure-premium-ssd"],
  "Standard SSD Managed Disks": ["E", "azure-standard-ssd"],
  "Standard HDD Managed Disks": ["S", "azure-standard-hdd"],
};

function target(item: AzureRetailItem): Target | null {
  const { productName: product, meterName: meter } = item;
  const disk = DISK_PRODUCTS[product];
  const tier = /^([PES])(\d+) (LRS|ZRS) Disk$/.exec(meter);
  if (disk && tier && tier[1] === disk[0]) {
    return {
      product: `${disk[1]}-${(tier[3] as string).toLowerCase()}`,
      component: "capacity",
      tier: { family: disk[0], label: `${tier[1]}${tier[2]}` },
    };
  }
  if (product === "Standard HDD Managed Disks" && /^(LRS|ZRS) Snapshots$/.test(meter)) {
    return {
      product: `azure-disk-snapshot-${meter.slice(0, 3).toLowerCase()}`,
      component: "snapshot_standard",
    };
  }
  const provisioned = /^(Premium|Ultra) LRS Provisioned (Capacity|IOPS|Throughput \(MBps\))$/.exec(meter);
  if (provisioned && (product === "Azure Premium SSD v2" || product === "Ultra Disks")) {
    const id = product === "Ultra Disks" ? "azure-ultra-disk" : "azure-premium-ssd-v2";
    const kind = provisioned[2] as string;
    return {
      product: id,
      component: kind === "Capacity" ? "capacity" : kind === "IOPS" ? "iops" : "throughput",
    };
  }
  const premiumFiles = /^Premium (LRS|ZRS) Provisioned$/.exec(meter);
  if (product === "Premium Files" && premiumFiles) {
    return {
      product: `azure-files-premium-${(premiumFiles[1] as string).toLowerCase()}`,
      component: "capacity",
    };
  }
  // Files v2 names the tier in skuName: "Hot LRS", "Cool LRS", and "Standard LRS" for transaction
  // optimized, whose meter is plain "LRS Data Stored" (Infracost storage_share.go filters the same).
  const files = /^(Hot|Cool|Standard) LRS$/.exec(item.skuName);
  if (product === "Files v2" && files && /^(?:(?:Hot|Cool) )?LRS Data Stored$/.test(meter)) {
    const tierId = files[1] === "Standard" ? "transaction-optimized" : (files[1] as string).toLowerCase();
    return { product: `azure-files-${tierId}-lrs`, component: "capacity" };
  }
  // "Hot LRS Data Stored" is published under Blob v2, Files v2 and ADLS Gen2 at different prices:
  // the productName decides (pricing.md §5.6).
  const blob = /^(Hot|Cool|Cold|Archive) LRS Data Stored$/.exec(meter);
  if (product === "General Block Blob v2" && blob) {
    return { product: `azure-blob-${(blob[1] as string).toLowerCase()}-lrs`, component: "capacity" };
  }
  const anf = /^(Standard|Premium|Ultra) Capacity$/.exec(meter);
  if (item.serviceName === "Azure NetApp Files" && anf) {
    return { product: `azure-netapp-files-${(anf[1] as string).toLowerCase()}`, component: "capacity" };
  }
  const lustre = /(\d+) ?MB(ps|\/s)/i.exec(meter);
  if (
    /Managed Lustre/i.test(product) &&
    lustre &&
    ["40", "125", "250", "500"].includes(lustre[1] as string)
  ) {
    return { product: `azure-managed-lustre-${lustre[1]}`, component: "capacity" };
  }
  if (
    item.serviceName === "Virtual Machines" &&
    AZURE_GPU_VMS.includes(item.armSkuName ?? "") &&
    !/Windows/.test(product) &&
    !/Spot|Low Priority/.test(item.skuName)
  ) {
    return { product: `vm-${item.armSkuName}`, component: "instance_hour" };
  }
  return null;
}

/**
 * Our prices from Retail API items. Reservation and dev/test rows are skipped (a Reservation's
 * retailPrice is the total for its term, pricing.md §5.8); a meter's tier rows become one price;
 * per-disk tiers of one product and region become one size-step table.
 */
export function parseAzureItems(items: AzureRetailItem[]): ImportResult {
  const result = emptyResult();
  const groups = new Map<string, { goal: Target; items: AzureRetailItem[] }>();
  for (const [index, item] of items.entries()) {
    if (typeof item !== "object" || item === null) {
      throw new PriceResponseError(`Azure item ${index}: not an object`);
    }
    result.recordsRead += 1;
    if (item.type !== "Consumption") {
      countUnmatched(result, `${item.type} price (only pay-as-you-go Consumption prices are imported)`);
      continue;
    }
    const goal = target(item);
    if (!goal) {
      countUnmatched(result, `${item.serviceName} "${item.productName}": no product Tierscope prices`);
      continue;
    }
    const key = goal.tier
      ? `${item.armRegionName}|${goal.product}|${item.currencyCode}`
      : `${item.armRegionName}|${goal.product}|${goal.component}|${item.currencyCode}|${item.meterId}`;
    const group = groups.get(key) ?? { goal, items: [] as AzureRetailItem[] };
    group.items.push(item);
    groups.set(key, group);
  }
  for (const { goal, items: group } of groups.values()) {
    const first = group[0] as AzureRetailItem;
    const unit = normaliseUnit("azure", first.unitOfMeasure, goal.component);
    if (!unit) {
      result.warnings.push(
        `${first.meterName} (${first.meterId}): unknown unit "${first.unitOfMeasure}" (${group.length} records)`,
      );
      continue;
    }
    const base = {
      provider: "azure" as const,
      region: first.armRegionName,
      product: goal.product,
      component: goal.component,
      unit: unit.unit,
      currency: first.currencyCode,
      sku: goal.tier ? first.productName : first.meterId,
      description: goal.tier
        ? `${first.productName} per-disk tiers`
        : `${first.productName}: ${first.meterName}`,
      providerEffectiveDate: latest(group.map((i) => i.effectiveStartDate?.slice(0, 10) ?? null)),
    };
    if (goal.tier) {
      const prices = new Map(group.map((i) => [target(i)?.tier?.label, diskTierPrice(i)]));
      result.prices.push({
        ...base,
        tierMode: "size_step",
        unitPrice: null,
        includedQuantity: dec(0),
        tiers: diskTiers(goal.tier.family).map(({ label, sizeGib }) => ({
          upTo: dec(sizeGib),
          unitPrice: null,
          tierPrice: prices.get(label) ?? null,
          label,
        })),
      });
      result.recordsMatched += group.length;
      continue;
    }
    const rows: PriceRow[] = group.map((i) => ({
      from: readPriceAmount(i.tierMinimumUnits, itemName(i), "tierMinimumUnits"),
      price: readPriceAmount(i.retailPrice, itemName(i), "retailPrice").times(unit.factor),
    }));
    const price = rowsToPrice(rows, goal.product, goal.component);
    if (!price) {
      result.warnings.push(`${first.meterName} in ${first.armRegionName}: $0 price skipped`);
      continue;
    }
    result.prices.push({ ...base, ...price } satisfies ImportedPrice);
    result.recordsMatched += group.length;
  }
  return result;
}

function itemName(item: AzureRetailItem): string {
  return `Azure item meterId ${item.meterId} ("${item.meterName}", ${item.armRegionName})`;
}

/** A disk tier's monthly price: a whole disk is never free, so 0 is refused like a negative. */
function diskTierPrice(item: AzureRetailItem): Dec {
  const price = readPriceAmount(item.retailPrice, itemName(item), "retailPrice");
  if (price.isZero()) {
    throw new PriceResponseError(`${itemName(item)}: retailPrice: 0 is no price for a disk tier`);
  }
  return price;
}

function latest(days: (string | null)[]): string | null {
  return (
    days
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null
  );
}
