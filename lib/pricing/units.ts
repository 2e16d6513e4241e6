import { Dec } from "./decimal";
import type { PriceComponent, PriceUnit, Provider } from "./types";

const GIB = new Dec(2).pow(30);
const GB = new Dec(10).pow(9);
const TB = new Dec(10).pow(12);

/**
 * Hours in the conventional month that Azure and GCP quote monthly figures for (365 × 24 / 12).
 * Azure: hourly meters (`1 GiB/Hour`, `1/Hour`) × 730 is how Infracost reproduces Azure's own
 * calculator, e.g. Ultra 2,048 GiB × $0.000164 × 730 = $245.19 (pricing.md [S2], [S17]).
 * GCP: Google's Filestore worked example quotes $0.000274 per GiB-hour ≈ $0.20 per GiB-month
 * (cloud.google.com/filestore/pricing, pricing.md [S29]): 0.000274 × 730 = 0.20002.
 */
export const HOURS_PER_CONVENTIONAL_MONTH = new Dec(730);

/** The unit an imported price is stored in, and the factor that turns the provider's price into it. */
export interface NormalisedUnit {
  unit: PriceUnit;
  /** price in `unit` = provider price × factor */
  factor: Dec;
}

/**
 * Maps a provider's unit string to ours. Unknown strings return null: an importer then skips the
 * record and says why, rather than guessing a unit.
 */
export function normaliseUnit(
  provider: Provider,
  raw: string,
  component: PriceComponent,
): NormalisedUnit | null {
  const unit = raw.trim();
  const same = (u: PriceUnit): NormalisedUnit => ({ unit: u, factor: new Dec(1) });
  if (provider === "aws") {
    // AWS's "GB" in GB-Mo counts binary gigabytes: EBS volumes are sized and billed in GiB, and a
    // 1-GiB volume kept a whole month is one GB-month (repost.aws/knowledge-center/ebs-volume-charges;
    // pricing.md §5.1). io2 capacity uses "GB-month" instead of "GB-Mo" (pricing.md [S5]).
    if (/^GB-Mo(nth)?$/i.test(unit)) return same("GiB_month");
    if (/^IOPS-Mo(nth)?$/i.test(unit)) return same("IOPS_month");
    // gp3 throughput is published per GiBps-month (40.96 = $0.04 per MiBps-month × 1024, [S5]).
    if (/^GiBps-mo(nth)?$/i.test(unit)) return { unit: "MiBps_month", factor: new Dec(1).div(1024) };
    if (/^MiBps-Mo(nth)?$/i.test(unit)) return same("MiBps_month");
    if (/^Hrs$/i.test(unit)) return same("hour");
    if (/^GB$/i.test(unit)) return same("GiB");
    if (/^Requests$/i.test(unit)) return same("request");
    return null;
  }
  if (provider === "azure") {
    if (unit === "1/Month") return same("disk_month");
    if (unit === "1 GiB/Hour") return same("GiB_hour");
    if (unit === "1 GiB/Month") return same("GiB_month");
    // Azure Blob, Files standard and snapshots publish "GB"; pricing.md [S20] treats it as 10^9 bytes.
    if (unit === "1 GB/Month") return same("GB_month");
    if (unit === "1 Hour") return component === "capacity" ? same("GiB_hour") : same("hour");
    if (unit === "1/Hour") {
      if (component === "iops") return same("IOPS_hour");
      if (component === "throughput") return same("MBps_hour");
      return null;
    }
    return null;
  }
  if (provider === "gcp") {
    if (unit === "GiBy.mo") return same("GiB_month");
    if (unit === "GiBy.h") return same("GiB_hour");
    if (unit === "GiBy") return same("GiB");
    if (unit === "h") return same("hour");
    if (unit === "mo" && component === "iops") return same("IOPS_month");
    if ((unit === "MiBy/s.mo" || unit === "MiBy.mo") && component === "throughput")
      return same("MiBps_month");
    return null;
  }
  return null;
}

/** A capacity in bytes, expressed in the quantity unit a price is per. */
export function bytesToQuantity(bytes: bigint | Dec, unit: PriceUnit): Dec {
  const value = typeof bytes === "bigint" ? new Dec(bytes.toString()) : bytes;
  switch (unit) {
    case "GiB_month":
    case "GiB_hour":
    case "GiB":
    case "disk_month": // size-step tiers are bounded in GiB
      return value.div(GIB);
    case "GB_month":
    case "GB":
      return value.div(GB);
    case "TB_year":
      return value.div(TB);
    default:
      throw new Error(`A capacity cannot be priced per ${unit}`);
  }
}

/** How many of a unit's periods make one month; null for one-off charges (per GB retrieved). */
export function periodsPerMonth(unit: PriceUnit): Dec | null {
  switch (unit) {
    case "GiB_month":
    case "GB_month":
    case "IOPS_month":
    case "MiBps_month":
    case "MBps_month":
    case "disk_month":
      return new Dec(1);
    case "GiB_hour":
    case "IOPS_hour":
    case "MBps_hour":
    case "hour":
      return HOURS_PER_CONVENTIONAL_MONTH;
    case "TB_year":
      return new Dec(1).div(12);
    case "GiB":
    case "GB":
    case "request":
      return null;
  }
}

export const UNIT_LABEL: Record<PriceUnit, string> = {
  GiB_month: "GiB-month",
  GB_month: "GB-month",
  GiB_hour: "GiB-hour",
  IOPS_month: "IOPS-month",
  IOPS_hour: "IOPS-hour",
  MiBps_month: "MiB/s-month",
  MBps_month: "MB/s-month",
  MBps_hour: "MB/s-hour",
  disk_month: "disk-month",
  GiB: "GiB",
  GB: "GB",
  hour: "hour",
  TB_year: "TB-year",
  request: "request",
};
