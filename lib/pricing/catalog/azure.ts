import { type DiskTierFamily, diskTiers } from "./azure-disk-tiers";
import type { BundledPrice } from "./types";

// Azure retail prices (eastus unless a region says otherwise), pricing.md §1.2. Per-disk tiers are
// `1/Month` meters ("P30 LRS Disk"); hourly meters keep their hourly unit and are turned into
// months (× 730) only when a volume is priced.

const R = "eastus";

/** A size-step entry with every tier of the family; tiers with no known price stay null (unpriced). */
function tiered(
  product: string,
  region: string,
  family: DiskTierFamily,
  known: Record<string, [price: string, source: string]>,
): BundledPrice {
  const sources = Object.values(known).map(([, source]) => source);
  return {
    source: sources[0] as string,
    provider: "azure",
    region,
    product,
    component: "capacity",
    unit: "disk_month",
    tierMode: "size_step",
    tiers: diskTiers(family).map(({ label, sizeGib }) => {
      const price = known[label];
      return { upTo: String(sizeGib), label, price: price?.[0] ?? null, source: price?.[1] };
    }),
  };
}

const hourly = (
  product: string,
  component: "capacity" | "iops" | "throughput",
  price: string,
  source: string,
  included?: string,
): BundledPrice => ({
  source,
  provider: "azure",
  region: R,
  product,
  component,
  unit: component === "capacity" ? "GiB_hour" : component === "iops" ? "IOPS_hour" : "MBps_hour",
  price,
  included,
});

const perGb = (
  product: string,
  region: string,
  price: string,
  source: string,
  unit: "GB_month" | "GiB_month",
) =>
  ({ source, provider: "azure", region, product, component: "capacity", unit, price }) satisfies BundledPrice;

const TRANSCRIPT = "azure-retail-transcript-2026-07";
const LIVE_CHECKED = "azure-disk-fixtures-live-checked";
const E_TIERS = "azure-standard-ssd-eastus-tiers";
const FILES_EASTUS = "azure-files-retail-eastus-2026-07";

export const AZURE_PRICES: BundledPrice[] = [
  tiered("azure-premium-ssd-lrs", R, "P", {
    P4: ["5.28", "azure-infracost-eastus"],
    P10: ["19.71", "azure-infracost-eastus"],
    P15: ["38.01", "azure-finfocus-test"],
    P20: ["73.22", TRANSCRIPT],
    P30: ["135.17", TRANSCRIPT],
    P40: ["259.0457", TRANSCRIPT],
    P50: ["495.5657", TRANSCRIPT],
    P60: ["946.08", TRANSCRIPT],
  }),
  tiered("azure-premium-ssd-zrs", R, "P", { P10: ["24.64", "azure-disk-test-items"] }),
  // E3 is left out: the hourly table that gives the other E tiers repeats E4's figure for it.
  tiered("azure-standard-ssd-lrs", R, "E", {
    E1: ["0.30", E_TIERS],
    E2: ["0.60", E_TIERS],
    E4: ["2.40", E_TIERS],
    E6: ["4.80", E_TIERS],
    E10: ["9.60", "azure-disk-test-items"],
    E15: ["19.20", E_TIERS],
    E20: ["38.40", E_TIERS],
    E30: ["76.80", "azure-lucidity-2026-05"],
    E40: ["153.60", E_TIERS],
    E50: ["307.20", E_TIERS],
    E60: ["614.40", E_TIERS],
    E70: ["1228.80", E_TIERS],
    E80: ["2457.60", E_TIERS],
  }),
  tiered("azure-standard-ssd-lrs", "westeurope", "E", { E4: ["2.40", "azure-infracost-westeurope"] }),
  tiered("azure-standard-hdd-lrs", R, "S", { S4: ["1.536", LIVE_CHECKED], S6: ["3.008", LIVE_CHECKED] }),
  // Premium SSD v2 includes 3,000 IOPS and 125 MB/s; the API shows them as $0 rows at tierMinimumUnits 0.
  hourly("azure-premium-ssd-v2", "capacity", "0.00011", LIVE_CHECKED),
  hourly("azure-premium-ssd-v2", "iops", "0.000007", LIVE_CHECKED, "3000"),
  hourly("azure-premium-ssd-v2", "throughput", "0.000055", LIVE_CHECKED, "125"),
  hourly("azure-ultra-disk", "capacity", "0.000164", "azure-infracost-eastus"),
  hourly("azure-ultra-disk", "iops", "0.000068", "azure-infracost-eastus"),
  hourly("azure-ultra-disk", "throughput", "0.000479", "azure-infracost-eastus"),
  // Incremental snapshots live on Standard HDD storage and bill used GB (Azure disks-understand-billing).
  {
    ...perGb("azure-disk-snapshot-lrs", R, "0.05", LIVE_CHECKED, "GB_month"),
    component: "snapshot_standard",
    sku: "LRS Snapshots",
  },
  {
    ...perGb("azure-disk-snapshot-zrs", R, "0.05", LIVE_CHECKED, "GB_month"),
    component: "snapshot_standard",
    sku: "ZRS Snapshots",
  },
  perGb("azure-files-premium-lrs", "westus", "0.176", "azure-infracost-westus", "GiB_month"),
  perGb("azure-files-premium-zrs", "westus", "0.22", "azure-infracost-westus", "GiB_month"),
  perGb("azure-files-transaction-optimized-lrs", "westus", "0.06", "azure-infracost-westus", "GB_month"),
  perGb("azure-files-cool-lrs", "westus", "0.0228", "azure-infracost-westus", "GB_month"),
  perGb("azure-files-hot-lrs", R, "0.0287", "azure-blob-eastus-2026-09", "GB_month"),
  // eastus Files meters from a dated Retail Prices API capture. The API labels the Premium
  // provisioned meter "1 GB/Month"; Azure Files bills in base-2 units (GiB), as the westus entry.
  perGb("azure-files-transaction-optimized-lrs", R, "0.06", FILES_EASTUS, "GB_month"),
  perGb("azure-files-cool-lrs", R, "0.0228", FILES_EASTUS, "GB_month"),
  perGb("azure-files-premium-lrs", R, "0.16", FILES_EASTUS, "GiB_month"),
  perGb("azure-files-premium-zrs", R, "0.20", FILES_EASTUS, "GiB_month"),
  // Blob Hot publishes volume bands (tierMinimumUnits 51200, 512000): first-band prices here.
  perGb("azure-blob-hot-lrs", R, "0.0208", "azure-blob-eastus-2026-09", "GB_month"),
  perGb("azure-blob-cool-lrs", R, "0.0152", "azure-blob-eastus-2026-09", "GB_month"),
  perGb("azure-blob-cold-lrs", R, "0.0036", "azure-blob-eastus-2026-09", "GB_month"),
  perGb("azure-blob-archive-lrs", R, "0.00099", "azure-blob-eastus-2026-09", "GB_month"),
];
