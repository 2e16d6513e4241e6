import { claimRecommendation } from "./build-recommendation";
import { activeClaimVolumes, inUseGuardrail, measuredIo, withHeadroom } from "./claim-volumes";
import { ioEvidence } from "./gp2-to-gp3";
import type { RecommendationContext, RecommendationInventory } from "./inventory";
import { priceCurrentTier, priceTargetTier } from "./price-tier";
import type { Recommendation } from "./recommendation";
import { snapshotRestoreFix } from "./snapshot-restore-fix";
import { paramIs, targetStorageClass } from "./target-storage-class";
import { gcePdPerformance } from "./tier-performance";

/**
 * pd-ssd → pd-balanced: about 40 % cheaper per GiB, with a fifth of the IOPS per GiB. Blocked when
 * the measured p95 IOPS or throughput, with headroom, exceed what pd-balanced gives at the volume's
 * size; a volume with no I/O metrics is recommended with "not measured" in its evidence.
 */
export function recommendPdSsdToPdBalanced(
  inventory: RecommendationInventory,
  context: RecommendationContext,
): Recommendation[] {
  const out: Recommendation[] = [];
  for (const subject of activeClaimVolumes(inventory, context)) {
    const used = subject.usage?.p95UsedBytes ?? null;
    const current = priceCurrentTier(inventory, context, subject.volume, used);
    const product = current.side.product;
    if (product !== "gce-pd-ssd" && product !== "gce-pd-ssd-regional") continue;
    const regional = product === "gce-pd-ssd-regional";
    const balanced = gcePdPerformance("pd-balanced", subject.volume.capacityBytes);
    const measured = measuredIo(subject.io, context.thresholds);
    const needIops = measured.iops === null ? 0 : withHeadroom(measured.iops, context.thresholds);
    const needMibps = measured.mibps === null ? 0 : withHeadroom(measured.mibps, context.thresholds);
    if (needIops > (balanced.iops ?? 0) || needMibps > (balanced.throughput?.value ?? 0)) continue;
    const wanted = {
      name: regional ? "pd-balanced-regional" : "pd-balanced",
      provisioner: "pd.csi.storage.gke.io",
      parameters: { type: "pd-balanced", ...(regional ? { "replication-type": "regional-pd" } : {}) },
    };
    const target = targetStorageClass(
      inventory,
      wanted,
      (p) => paramIs(p, "type", "pd-balanced") && paramIs(p, "replication-type", "regional-pd") === regional,
    );
    const proposed = priceTargetTier(
      inventory,
      context,
      subject.volume,
      { kind: "storage-class", storageClass: target.storageClass },
      used,
    );
    out.push(
      claimRecommendation(inventory, subject, {
        rule: "pd-ssd-to-pd-balanced",
        current,
        proposed,
        evidence: ioEvidence(measured),
        guardrail: [
          inUseGuardrail(context),
          {
            label: "I/O fits pd-balanced",
            value: `measured p95 × ${1 + context.thresholds.ioHeadroom} within pd-balanced's ${balanced.iops} IOPS and ${balanced.throughput?.value} MiB/s at this size (unmeasured volumes: check before applying)`,
          },
        ],
        fix: snapshotRestoreFix(
          subject,
          {
            storageClassName: target.storageClass.name,
            storageClassManifest: target.manifest,
            snapshotClassName: null,
          },
          "GCE cannot change a disk's type in place: snapshot it and restore the snapshot as a pd-balanced claim.",
        ),
      }),
    );
  }
  return out;
}
