import { formatBytes } from "../../format";
import { diskTiers } from "../../pricing/catalog/azure-disk-tiers";
import { claimRecommendation } from "./build-recommendation";
import { activeClaimVolumes, inUseGuardrail, measuredIo, withHeadroom } from "./claim-volumes";
import type { RecommendationContext, RecommendationInventory } from "./inventory";
import { priceCurrentTier, priceTargetTier } from "./price-tier";
import type { Recommendation } from "./recommendation";
import { snapshotRestoreFix } from "./snapshot-restore-fix";
import { paramIs, targetStorageClass } from "./target-storage-class";
import { premiumSsdTier, premiumSsdTierPerformance } from "./tier-performance";

const GIB = 1024 ** 3;
/** Premium SSD v2's included baseline (Azure docs: 3,000 IOPS and 125 MB/s at no extra charge). */
const V2_BASE = { iops: 3000, mbps: 125 };

/**
 * Premium SSD just over a size tier → Premium SSD v2. A Premium SSD disk bills as the smallest tier
 * that holds it (600 GiB as a 1 TiB P30); one at most `tierOverflowRatio` above the tier below pays
 * for space it does not have. Premium SSD v2 bills the exact GiB, and is provisioned here at the
 * billed tier's IOPS and MB/s (or the measured p95 with headroom, if higher): no performance lost.
 * v2 is locally redundant only, so ZRS disks are left alone.
 */
export function recommendPremiumSsdTierBoundary(
  inventory: RecommendationInventory,
  context: RecommendationContext,
): Recommendation[] {
  const out: Recommendation[] = [];
  const tiers = diskTiers("P");
  for (const subject of activeClaimVolumes(inventory, context)) {
    const used = subject.usage?.p95UsedBytes ?? null;
    const current = priceCurrentTier(inventory, context, subject.volume, used);
    if (current.side.product !== "azure-premium-ssd-lrs") continue;
    const capacityGib = Number(subject.volume.capacityBytes) / GIB;
    const billed = premiumSsdTier(subject.volume.capacityBytes);
    const position = tiers.findIndex((t) => t.label === billed?.label);
    const below = position > 0 ? tiers[position - 1] : undefined;
    if (!billed || !below || capacityGib <= below.sizeGib) continue;
    const overflow = capacityGib / below.sizeGib - 1;
    if (overflow > context.thresholds.tierOverflowRatio) continue;
    const tierPerf = premiumSsdTierPerformance(billed.label);
    const measured = measuredIo(subject.io, context.thresholds);
    const iops = Math.max(
      V2_BASE.iops,
      tierPerf?.iops ?? 0,
      measured.iops === null ? 0 : withHeadroom(measured.iops, context.thresholds),
    );
    // MiB/s measured → MB/s billed: 1 MiB/s = 1.048576 MB/s.
    const mbps = Math.max(
      V2_BASE.mbps,
      tierPerf?.mbps ?? 0,
      measured.mibps === null ? 0 : withHeadroom(measured.mibps * 1.048576, context.thresholds),
    );
    const wanted = {
      name: `premium-v2-${iops}-${mbps}`,
      provisioner: "disk.csi.azure.com",
      parameters: {
        skuName: "PremiumV2_LRS",
        cachingMode: "None",
        DiskIOPSReadWrite: String(iops),
        DiskMBpsReadWrite: String(mbps),
      },
    };
    const target = targetStorageClass(
      inventory,
      wanted,
      (p) =>
        paramIs(p, "skuName", "PremiumV2_LRS") &&
        paramIs(p, "DiskIOPSReadWrite", String(iops)) &&
        paramIs(p, "DiskMBpsReadWrite", String(mbps)),
    );
    const proposed = priceTargetTier(
      inventory,
      context,
      subject.volume,
      { kind: "storage-class", storageClass: target.storageClass },
      used,
    );
    const fitsBelow = used !== null && used * (1 + context.thresholds.ioHeadroom) <= below.sizeGib * GIB;
    out.push(
      claimRecommendation(inventory, subject, {
        rule: "premium-ssd-tier-boundary",
        current,
        proposed,
        evidence: [
          {
            label: "Size tier",
            value: `${formatBytes(subject.volume.capacityBytes)} bills as ${billed.label} (${billed.sizeGib} GiB); ${below.label} (${below.sizeGib} GiB) is ${(overflow * 100).toFixed(1)} % smaller`,
          },
          {
            label: "Alternative",
            value: fitsBelow
              ? `shrink to ${below.sizeGib} GiB (${below.label}): the p95 used fits with headroom, but ${below.label} gives ${premiumSsdTierPerformance(below.label)?.iops ?? "?"} IOPS and a copy is needed`
              : `shrinking to ${below.label} is not an option: the p95 used does not fit ${below.sizeGib} GiB with headroom`,
          },
        ],
        guardrail: [
          inUseGuardrail(context),
          {
            label: "Just over a tier",
            value: `at most ${(context.thresholds.tierOverflowRatio * 100).toFixed(0)} % above the tier below`,
          },
          {
            label: "Performance kept",
            value: `Premium SSD v2 provisioned at ${billed.label}'s ${tierPerf?.iops ?? "?"} IOPS and ${tierPerf?.mbps ?? "?"} MB/s or the measured p95 × ${1 + context.thresholds.ioHeadroom}, whichever is higher`,
          },
          {
            label: "Premium SSD v2 limits",
            value: "LRS only, zonal VMs, no host caching: ZRS disks are not recommended",
          },
        ],
        fix: snapshotRestoreFix(
          subject,
          {
            storageClassName: target.storageClass.name,
            storageClassManifest: target.manifest,
            snapshotClassName: null,
          },
          `Restore a snapshot of the disk as Premium SSD v2: billed for ${formatBytes(subject.volume.capacityBytes)}, not ${billed.sizeGib} GiB.`,
        ),
      }),
    );
  }
  return out;
}
