import { formatBytes, formatCount } from "../../format";
import type { WasteEvidence, WasteFix } from "../waste/finding";
import { ownerOf, subjectKey } from "../waste/finding";
import type { ClaimVolume } from "./claim-volumes";
import type { RecommendationInventory } from "./inventory";
import type { PricedTier } from "./price-tier";
import { savingsOf } from "./price-tier";
import type { Recommendation } from "./recommendation";
import type { RecommendationRule } from "./recommendation-rules";
import type { TierPerformance } from "./tier-performance";

const LATENCY: Record<TierPerformance["latencyClass"], string> = {
  "local-nvme": "local NVMe",
  "sub-millisecond": "sub-millisecond",
  "single-digit-ms": "single-digit ms",
  "object-storage": "object storage (tens of ms)",
};

/** "3,000 IOPS · 125 MiB/s · single-digit ms". */
export function describePerformance(performance: TierPerformance): string {
  return [
    performance.iops === null ? "IOPS not fixed" : `${formatCount(performance.iops)} IOPS`,
    performance.throughput === null
      ? "throughput not fixed"
      : `${formatCount(performance.throughput.value)} ${performance.throughput.unit}`,
    LATENCY[performance.latencyClass],
  ].join(" · ");
}

/** The evidence every volume recommendation starts with: which volume, how big, how full. */
export function volumeFacts(subject: ClaimVolume): WasteEvidence[] {
  const { volume, usage } = subject;
  return [
    {
      label: "Volume",
      value: `${volume.name} (${formatBytes(volume.capacityBytes)}, class ${volume.storageClassName ?? "none"})`,
    },
    {
      label: "p95 used",
      value: usage ? `${formatBytes(usage.p95UsedBytes)} over ${usage.samples} samples` : "not measured",
    },
  ];
}

/** A recommendation about one claim's volume, with its savings and net value computed once, here. */
export function claimRecommendation(
  inventory: RecommendationInventory,
  subject: ClaimVolume,
  parts: {
    rule: RecommendationRule;
    current: PricedTier;
    proposed: PricedTier;
    evidence: WasteEvidence[];
    guardrail: WasteEvidence[];
    fix: WasteFix;
  },
): Recommendation {
  const { claim, volume, usage } = subject;
  const savings = savingsOf(parts.current.side, parts.proposed.side);
  return {
    rule: parts.rule,
    clusterId: inventory.cluster.id,
    clusterName: inventory.cluster.name,
    namespace: claim.namespace,
    name: claim.name,
    subjectKey: subjectKey(inventory.cluster.id, "PersistentVolumeClaim", claim.uid),
    owner: ownerOf(inventory, claim.namespace, "allocated"),
    volumes: [
      {
        name: volume.name,
        uid: volume.uid,
        claimNamespace: claim.namespace,
        claimName: claim.name,
        capacityBytes: volume.capacityBytes,
        usedBytes: usage?.p95UsedBytes ?? null,
      },
    ],
    current: parts.current.side,
    proposed: parts.proposed.side,
    savings,
    netMonthlyValue: savings.monthlyCost,
    evidence: [
      ...volumeFacts(subject),
      {
        label: "Now",
        value: `${parts.current.side.label}: ${describePerformance(parts.current.side.performance)}`,
      },
      {
        label: "Proposed",
        value: `${parts.proposed.side.label}: ${describePerformance(parts.proposed.side.performance)}`,
      },
      ...parts.evidence,
    ],
    guardrail: parts.guardrail,
    fix: parts.fix,
  };
}
