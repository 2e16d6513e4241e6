import { diskTiers } from "../../pricing/catalog/azure-disk-tiers";
import type { Resolution } from "../../pricing/resolve/types";

/**
 * How fast a tier answers, in four classes: a local NVMe disk; a network SSD with sub-millisecond
 * latency (io2 Block Express, Premium SSD v2); a network SSD or file share with single-digit
 * milliseconds; object storage, tens of milliseconds to the first byte.
 */
export type LatencyClass = "local-nvme" | "sub-millisecond" | "single-digit-ms" | "object-storage";

export interface TierPerformance {
  /** IOPS the tier delivers for this volume; null when it is not a fixed figure (elastic, object). */
  iops: number | null;
  throughput: { value: number; unit: "MiB/s" | "MB/s" } | null;
  latencyClass: LatencyClass;
  /** Where the figures come from. */
  basis: string;
}

const GIB = 1024 ** 3;

// Azure Premium SSD per-disk performance by size tier (learn.microsoft.com/azure/virtual-machines/
// disks-scalability-targets, "Premium SSD managed disks: Per-disk limits", provisioned IOPS and MB/s).
const PREMIUM_SSD_TIERS: Record<string, [iops: number, mbps: number]> = {
  P1: [120, 25],
  P2: [120, 25],
  P3: [120, 25],
  P4: [120, 25],
  P6: [240, 50],
  P10: [500, 100],
  P15: [1100, 125],
  P20: [2300, 150],
  P30: [5000, 200],
  P40: [7500, 250],
  P50: [7500, 250],
  P60: [16000, 500],
  P70: [18000, 750],
  P80: [20000, 900],
};

/** The Premium SSD tier a size bills as: the smallest that holds it. */
export function premiumSsdTier(capacityBytes: bigint): { label: string; sizeGib: number } | null {
  const gib = Number(capacityBytes) / GIB;
  return diskTiers("P").find((tier) => tier.sizeGib >= gib) ?? null;
}

export function premiumSsdTierPerformance(label: string): { iops: number; mbps: number } | null {
  const figures = PREMIUM_SSD_TIERS[label];
  return figures ? { iops: figures[0], mbps: figures[1] } : null;
}

const mib = (value: number) => ({ value, unit: "MiB/s" as const });
const mb = (value: number) => ({ value, unit: "MB/s" as const });
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** gp2: 3 IOPS per GiB (100 to 16,000); 128 MiB/s up to 170 GiB, 250 MiB/s above (AWS EBS docs, "gp2 volumes"). */
export function gp2Performance(capacityBytes: bigint): TierPerformance {
  const gib = Number(capacityBytes) / GIB;
  return {
    iops: clamp(Math.floor(3 * gib), 100, 16000),
    throughput: mib(gib <= 170 ? 128 : 250),
    latencyClass: "single-digit-ms",
    basis: "gp2: 3 IOPS/GiB (100–16,000), 128 MiB/s up to 170 GiB and 250 MiB/s above (AWS EBS docs)",
  };
}

/**
 * GCE persistent disks: a baseline plus a rate per GiB, up to a per-disk maximum (cloud.google.com/
 * compute/docs/disks/performance): pd-balanced 3,000 + 6/GiB IOPS and 140 + 0.28/GiB MiB/s;
 * pd-ssd 6,000 + 30/GiB IOPS and 240 + 0.48/GiB MiB/s; both at most 1,200 MiB/s.
 */
export function gcePdPerformance(type: "pd-balanced" | "pd-ssd", capacityBytes: bigint): TierPerformance {
  const gib = Number(capacityBytes) / GIB;
  const [iopsBase, iopsPerGib, iopsMax, mibBase, mibPerGib] =
    type === "pd-ssd" ? [6000, 30, 100000, 240, 0.48] : [3000, 6, 80000, 140, 0.28];
  return {
    iops: Math.min(iopsMax, Math.floor(iopsBase + iopsPerGib * gib)),
    throughput: mib(Math.min(1200, Math.floor(mibBase + mibPerGib * gib))),
    latencyClass: "single-digit-ms",
    basis: `${type}: ${iopsBase} + ${iopsPerGib}/GiB IOPS, ${mibBase} + ${mibPerGib}/GiB MiB/s (GCE disk performance docs)`,
  };
}

const ELASTIC = "throughput and IOPS scale with the file system's use and mode, no fixed per-volume figure";

/** The performance a resolved tier gives a volume of this size. */
/**
 * FSx for Lustre: throughput is provisioned per TiB of storage (the product's last number, MB/s per
 * TiB; SCRATCH_2 200 MB/s per TiB), so it scales with the file system's size; SSD file systems answer
 * in under a millisecond, HDD ones in milliseconds (Amazon FSx for Lustre performance docs).
 */
export function fsxLustrePerformance(
  product: string,
  label: string,
  capacityBytes: bigint,
): TierPerformance | null {
  const match = /^fsx-lustre-(scratch-2|persistent-[12](-hdd)?-(\d+))$/.exec(product);
  if (!match) return null;
  const perTib = match[3] ? Number(match[3]) : 200;
  const tib = Number(capacityBytes) / 1024 ** 4;
  const hdd = match[2] !== undefined;
  return {
    iops: null,
    throughput: mb(Math.floor(perTib * tib)),
    latencyClass: hdd ? "single-digit-ms" : "sub-millisecond",
    basis: `${label}: ${perTib} MB/s per TiB of storage, ${hdd ? "HDD: milliseconds" : "SSD: sub-millisecond"} (Amazon FSx for Lustre docs)`,
  };
}

export function tierPerformance(resolution: Resolution, capacityBytes: bigint): TierPerformance {
  if (resolution.kind === "included") {
    return {
      iops: null,
      throughput: null,
      latencyClass: "local-nvme",
      basis: "a disk of the node itself: the device's own IOPS and throughput",
    };
  }
  if (resolution.kind !== "product") {
    return { iops: null, throughput: null, latencyClass: "single-digit-ms", basis: resolution.reason };
  }
  const iops = resolution.iops?.value?.toNumber() ?? null;
  const throughput = resolution.throughput?.value?.toNumber() ?? null;
  switch (resolution.product) {
    case "ebs-gp2":
      return gp2Performance(capacityBytes);
    case "ebs-gp3":
      return {
        iops,
        throughput: throughput === null ? null : mib(throughput),
        latencyClass: "single-digit-ms",
        basis: "gp3: the provisioned IOPS and throughput (3,000 and 125 MiB/s included)",
      };
    case "ebs-io1":
    case "ebs-io2": {
      // 256 KiB per I/O at most; io1 up to 1,000 MiB/s, io2 Block Express up to 4,000 (AWS EBS docs).
      const cap = resolution.product === "ebs-io1" ? 1000 : 4000;
      return {
        iops,
        throughput: iops === null ? null : mib(Math.min(cap, iops / 4)),
        latencyClass: resolution.product === "ebs-io2" ? "sub-millisecond" : "single-digit-ms",
        basis: `${resolution.label}: the provisioned IOPS, 256 KiB per I/O up to ${cap} MiB/s`,
      };
    }
    case "gce-pd-ssd":
    case "gce-pd-ssd-regional":
      return gcePdPerformance("pd-ssd", capacityBytes);
    case "gce-pd-balanced":
    case "gce-pd-balanced-regional":
      return gcePdPerformance("pd-balanced", capacityBytes);
    case "azure-premium-ssd-lrs":
    case "azure-premium-ssd-zrs": {
      const tier = premiumSsdTier(capacityBytes);
      const figures = tier ? premiumSsdTierPerformance(tier.label) : null;
      return {
        iops: figures?.iops ?? null,
        throughput: figures ? mb(figures.mbps) : null,
        latencyClass: "single-digit-ms",
        basis: `Premium SSD ${tier?.label ?? "tier"}: the tier's provisioned IOPS and MB/s (Azure disk scalability targets)`,
      };
    }
    case "azure-premium-ssd-v2":
    case "azure-ultra-disk":
      return {
        iops,
        throughput: throughput === null ? null : mb(throughput),
        latencyClass: "sub-millisecond",
        basis: `${resolution.label}: the provisioned IOPS and MB/s`,
      };
  }
  if (resolution.basis === "stored" && /^(s3|gcs|azure-blob)-/.test(resolution.product)) {
    return {
      iops: null,
      throughput: null,
      latencyClass: "object-storage",
      basis: "object storage: throughput scales with parallel requests; tens of ms to the first byte",
    };
  }
  const fsx = fsxLustrePerformance(resolution.product, resolution.label, capacityBytes);
  if (fsx) return fsx;
  if (/^(efs|filestore|azure-files|fsx|managed-lustre|azure-managed-lustre)/.test(resolution.product)) {
    return {
      iops: null,
      throughput: null,
      latencyClass: "single-digit-ms",
      basis: `${resolution.label}: ${ELASTIC}`,
    };
  }
  return {
    iops,
    throughput: throughput === null ? null : mib(throughput),
    latencyClass: "single-digit-ms",
    basis: `${resolution.label}: the provisioned figures where the class sets them`,
  };
}
