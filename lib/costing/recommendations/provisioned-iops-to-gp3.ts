import { formatCount } from "../../format";
import { claimRecommendation } from "./build-recommendation";
import { activeClaimVolumes, inUseGuardrail, measuredIo } from "./claim-volumes";
import { ebsModifyToGp3Fix, gp3ClassName } from "./ebs-modify-fix";
import { GP3, gp3Target, ioEvidence } from "./gp2-to-gp3";
import type { RecommendationContext, RecommendationInventory } from "./inventory";
import { priceCurrentTier, priceTargetTier } from "./price-tier";
import type { Recommendation } from "./recommendation";

/**
 * io1/io2 → gp3, only for volumes whose IOPS were measured (at least `minIoSamples` samples): gp3
 * provisioned at the p95 with headroom must stay within gp3's 16,000 IOPS and 1,000 MiB/s. io2 is
 * sub-millisecond and gp3 single-digit ms: the latency given up is shown, and a latency-bound
 * database is a reason to dismiss.
 */
export function recommendProvisionedIopsToGp3(
  inventory: RecommendationInventory,
  context: RecommendationContext,
): Recommendation[] {
  const out: Recommendation[] = [];
  for (const subject of activeClaimVolumes(inventory, context)) {
    const used = subject.usage?.p95UsedBytes ?? null;
    const current = priceCurrentTier(inventory, context, subject.volume, used);
    if (current.side.product !== "ebs-io1" && current.side.product !== "ebs-io2") continue;
    const measured = measuredIo(subject.io, context.thresholds);
    if (measured.iops === null) continue;
    const target = gp3Target(measured, null, context);
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
    const provisioned = current.side.performance.iops;
    out.push(
      claimRecommendation(inventory, subject, {
        rule: "provisioned-iops-to-gp3",
        current,
        proposed,
        evidence: [
          ...ioEvidence(measured),
          {
            label: "Provisioned IOPS in use",
            value:
              provisioned === null || measured.iops === null
                ? "unknown"
                : `${formatCount(Math.round(measured.iops))} of ${formatCount(provisioned)} (${((measured.iops / provisioned) * 100).toFixed(1)} %)`,
          },
        ],
        guardrail: [
          inUseGuardrail(context),
          {
            label: "Measured IOPS",
            value: `p95 over at least ${context.thresholds.minIoSamples} samples × ${1 + context.thresholds.ioHeadroom} fits gp3 (≤ 16,000 IOPS, ≤ 1,000 MiB/s)`,
          },
          {
            label: "Latency",
            value: `${current.side.label} → gp3 goes from ${current.side.performance.latencyClass} to single-digit ms: dismiss for latency-bound databases`,
          },
        ],
        fix: ebsModifyToGp3Fix(subject, target.iops, target.mibps),
      }),
    );
  }
  return out;
}
