import { formatCount } from "../../format";
import { claimRecommendation } from "./build-recommendation";
import { activeClaimVolumes, inUseGuardrail, measuredIo, withHeadroom } from "./claim-volumes";
import { ebsModifyToGp3Fix, gp3ClassName } from "./ebs-modify-fix";
import type { RecommendationContext, RecommendationInventory } from "./inventory";
import { priceCurrentTier, priceTargetTier } from "./price-tier";
import type { Recommendation } from "./recommendation";
import { gp2Performance } from "./tier-performance";

/** gp3's included baseline and its per-volume maximum (AWS EBS docs, "gp3 volumes"). */
export const GP3 = { baseIops: 3000, baseMibps: 125, maxIops: 16000, maxMibps: 1000 };

/**
 * The gp3 a volume needs: the measured p95 IOPS and MiB/s with headroom, never below gp3's included
 * 3,000 IOPS and 125 MiB/s. Unmeasured IOPS keep what the current tier delivers (`fallbackIops`);
 * unmeasured throughput takes the 125 MiB/s baseline, shown as performance given up.
 */
export function gp3Target(
  measured: { iops: number | null; mibps: number | null },
  fallbackIops: number | null,
  context: RecommendationContext,
): { iops: number; mibps: number } {
  const iops = measured.iops !== null ? withHeadroom(measured.iops, context.thresholds) : (fallbackIops ?? 0);
  const mibps = measured.mibps !== null ? withHeadroom(measured.mibps, context.thresholds) : 0;
  return { iops: Math.max(GP3.baseIops, iops), mibps: Math.max(GP3.baseMibps, mibps) };
}

export function ioEvidence(measured: { iops: number | null; mibps: number | null }) {
  return [
    {
      label: "Measured p95 IOPS",
      value: measured.iops === null ? "not measured" : formatCount(Math.round(measured.iops)),
    },
    {
      label: "Measured p95 throughput",
      value: measured.mibps === null ? "not measured" : `${measured.mibps.toFixed(1)} MiB/s`,
    },
  ];
}

/**
 * gp2 → gp3: gp3 costs less per GiB and includes 3,000 IOPS and 125 MiB/s. The proposal keeps the
 * measured p95 (with headroom) or gp2's own IOPS; it is blocked when that exceeds what gp3 can give.
 */
export function recommendGp2ToGp3(
  inventory: RecommendationInventory,
  context: RecommendationContext,
): Recommendation[] {
  const out: Recommendation[] = [];
  for (const subject of activeClaimVolumes(inventory, context)) {
    const used = subject.usage?.p95UsedBytes ?? null;
    const current = priceCurrentTier(inventory, context, subject.volume, used);
    if (current.side.product !== "ebs-gp2") continue;
    const measured = measuredIo(subject.io, context.thresholds);
    const target = gp3Target(measured, gp2Performance(subject.volume.capacityBytes).iops, context);
    if (target.iops > GP3.maxIops || target.mibps > GP3.maxMibps) continue;
    const storageClass = {
      name: gp3ClassName(target.iops, target.mibps),
      provisioner: "ebs.csi.aws.com",
      parameters: { type: "gp3", iops: String(target.iops), throughput: String(target.mibps) },
    };
    const proposed = priceTargetTier(
      inventory,
      context,
      subject.volume,
      { kind: "storage-class", storageClass },
      used,
    );
    out.push(
      claimRecommendation(inventory, subject, {
        rule: "gp2-to-gp3",
        current,
        proposed,
        evidence: ioEvidence(measured),
        guardrail: [
          inUseGuardrail(context),
          {
            label: "IOPS and throughput",
            value: `gp3 provisioned at the measured p95 × ${1 + context.thresholds.ioHeadroom} (at least ${context.thresholds.minIoSamples} samples), or gp2's own IOPS when unmeasured; never below 3,000 IOPS and 125 MiB/s`,
          },
          {
            label: "gp3 limits",
            value: "at most 16,000 IOPS and 1,000 MiB/s per volume: above them the rule stays silent",
          },
        ],
        fix: ebsModifyToGp3Fix(subject, target.iops, target.mibps),
      }),
    );
  }
  return out;
}
