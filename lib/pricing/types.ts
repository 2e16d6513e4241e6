import type { Dec } from "./decimal";

// The domain vocabulary of prices, mirroring the Prisma enums (lib/db/generated) without importing
// them: pure pricing code takes plain data and never touches the database.

export const PROVIDERS = ["aws", "azure", "gcp", "onprem", "other"] as const;
export type Provider = (typeof PROVIDERS)[number];

export const PRICE_COMPONENTS = [
  "capacity",
  "iops",
  "throughput",
  "snapshot_standard",
  "snapshot_archive",
  "archive_retrieval",
  "gpu_hour",
  "instance_hour",
  "data_read",
  "data_write",
  "requests_get",
  "requests_put",
  "requests_list",
  "transfer_cross_az",
] as const;
export type PriceComponent = (typeof PRICE_COMPONENTS)[number];

export const PRICE_UNITS = [
  "GiB_month",
  "GB_month",
  "GiB_hour",
  "IOPS_month",
  "IOPS_hour",
  "MiBps_month",
  "MBps_month",
  "MBps_hour",
  "disk_month",
  "GiB",
  "GB",
  "hour",
  "TB_year",
  "request",
] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

export const TIER_MODES = ["flat", "graduated", "size_step"] as const;
export type TierMode = (typeof TIER_MODES)[number];

export const GRADES = ["A", "B", "C"] as const;
export type Grade = (typeof GRADES)[number];

export type SourceKind = "bundled" | "api_refresh" | "manual";

/** A day as YYYY-MM-DD (UTC): price validity is by calendar day. */
export type IsoDay = string;

/** The effective-from of a price known only to be "in force since at least" some day: before any usage. */
export const OPEN_START_DAY: IsoDay = "2000-01-01";

export interface PriceTier {
  /** Upper bound of the tier in the entry's quantity unit; null: no upper bound. */
  upTo: Dec | null;
  /** graduated: the rate for the slice of quantity inside this tier. */
  unitPrice: Dec | null;
  /** size_step: the price of the whole tier (one disk of that size); null: tier known, price not. */
  tierPrice: Dec | null;
  label: string | null;
}

export interface PriceSourceInfo {
  kind: SourceKind;
  description: string;
  url: string | null;
  grade: Grade | null;
  sourceDate: IsoDay;
  /** The day a bundled source's prices were last confirmed; null or absent for refreshes and manual prices. */
  confirmedOn?: IsoDay | null;
}

/** One priced component of one product in one region, in force for [effectiveFrom, effectiveTo). */
export interface CatalogPrice {
  id: string;
  provider: Provider;
  region: string;
  product: string;
  component: PriceComponent;
  unit: PriceUnit;
  currency: string;
  tierMode: TierMode;
  unitPrice: Dec | null;
  /** Quantity included with the product at no charge (gp3's 3,000 IOPS); billed quantity is above it. */
  includedQuantity: Dec;
  tiers: PriceTier[];
  effectiveFrom: IsoDay;
  effectiveTo: IsoDay | null;
  /**
   * Set when the provider's own effective date is unknown and the source only shows the price in
   * force on this day: `effectiveFrom` is then OPEN_START_DAY, so the price covers earlier days too.
   */
  inForceSinceAtLeast?: IsoDay | null;
  sku: string | null;
  description: string | null;
  source: PriceSourceInfo;
  /** When the source was loaded or fetched: breaks ties between sources of the same day. */
  retrievedAt: string;
}
