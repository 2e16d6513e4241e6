import { formatBytes } from "../../format";
import { formatMoney } from "../../format-money";
import { Dec, sum } from "../../pricing/decimal";
import type { PriceStatus } from "../../pricing/price-volume";
import { fasterTierFor, resolveFasterTier } from "../gpu/faster-tier";
import { paybackDays, type StorageBoundGpuRecommendation } from "../gpu/faster-tier-return";
import { ownerOf } from "../waste/finding";
import type { WasteVolume } from "../waste/inventory";
import { describePerformance } from "./build-recommendation";
import { type RecommendationContext, type RecommendationInventory, storageBoundClaimKey } from "./inventory";
import { priceCurrentTier, savingsOf } from "./price-tier";
import type { Recommendation, RecommendationCost, RecommendationVolume, TierSide } from "./recommendation";
import { tierPerformance } from "./tier-performance";

type Side = "current" | "target";

/** GPU-hours for text: "2787.4". */
const hours = (value: string | number) => new Dec(value).toFixed(1);

/** "GPU metrics 2026-10-23 … 2026-11-21, 708.2 hours" (the window's days when known). */
export function gpuWindowText(gpu: StorageBoundGpuRecommendation["gpu"]): string {
  const days = gpu.window ? ` ${gpu.window.from} … ${gpu.window.to},` : "";
  return `GPU metrics${days} ${hours(gpu.windowHours)} hours`;
}

/** Several volumes' monthly cost on one side: their sum, unpriced when any is, estimated when any is. */
function sideCost(result: StorageBoundGpuRecommendation, side: Side): RecommendationCost {
  const tiers = result.volumes.map((v) => v[side]);
  const known = tiers.every((t) => t.monthlyCost !== null);
  const status: PriceStatus = !known
    ? "unpriced"
    : tiers.some((t) => t.status === "estimated")
      ? "estimated"
      : "priced";
  const basis = result.volumes
    .map((v) => {
      const tier = v[side];
      const figure =
        tier.monthlyCost === null
          ? (tier.reason ?? "unpriced")
          : `${formatMoney(tier.monthlyCost, result.currency)}/month${tier.status === "estimated" ? " (estimated)" : ""}`;
      return `${v.claimName}: ${formatBytes(BigInt(v.capacityBytes))} ${tier.label} ${figure}`;
    })
    .join("; ");
  return {
    status,
    monthlyCost: known ? sum(tiers.map((t) => new Dec(t.monthlyCost as string))) : null,
    currency: result.currency,
    basis,
  };
}

/**
 * Every data and checkpoint claim a storage-bound GPU workload reads (moved or not), as
 * `storageBoundClaimKey` keys: the recommendation context's `storageBoundClaims`.
 */
export function storageBoundClaims(returns: readonly StorageBoundGpuRecommendation[]): Set<string> {
  return new Set(
    returns.flatMap((r) =>
      [...r.volumes, ...r.skippedVolumes].map((v) =>
        storageBoundClaimKey(r.clusterId, v.namespace, v.claimName),
      ),
    ),
  );
}

/**
 * The "storage-bound GPU job → faster tier" recommendations of one cluster, from the GPU model's
 * returns (lib/costing/gpu/faster-tier-return.ts): one per workload, covering its slow data and
 * checkpoint volumes. The storage side is the GPU model's own pricing (savings = now − faster, so
 * negative: it spends); the GPU cost it recovers is an estimate, and the net value (savings + GPU
 * cost recovered) ranks it with every other rule. Performance is each side's for the workload's
 * largest volume.
 */
export function recommendStorageBoundGpuJobs(
  inventory: RecommendationInventory,
  context: RecommendationContext,
  returns: readonly StorageBoundGpuRecommendation[],
): Recommendation[] {
  const out: Recommendation[] = [];
  for (const result of returns) {
    if (result.clusterName !== inventory.cluster.name || result.volumes.length === 0) continue;
    const bound = result.volumes.flatMap((v) => {
      const volume = inventory.volumes.find(
        (pv) => pv.claimNamespace === v.namespace && pv.claimName === v.claimName,
      );
      return volume ? [{ volume, target: v.target }] : [];
    });
    if (bound.length !== result.volumes.length) continue;
    const largest = bound.reduce((a, b) => (b.volume.capacityBytes > a.volume.capacityBytes ? b : a));
    const now = priceCurrentTier(inventory, context, largest.volume, null);
    const tier = now.resolution.kind === "product" ? fasterTierFor(now.resolution.product) : null;
    if (!tier || now.resolution.kind !== "product") continue;
    const targetPerformance = tierPerformance(
      resolveFasterTier(now.resolution, tier),
      largest.volume.capacityBytes,
    );
    const side = (which: Side, performance: TierSide["performance"]): TierSide => {
      const first = result.volumes[0]?.[which];
      const labels = [...new Set(result.volumes.map((v) => v[which].label))];
      return {
        storageClassName: first?.storageClassName ?? null,
        product: first?.product ?? null,
        label: `${labels.join(" + ")} (${result.volumes.length} volume${result.volumes.length === 1 ? "" : "s"})`,
        cost: sideCost(result, which),
        performance,
      };
    };
    const current = side("current", now.side.performance);
    const proposed = side("target", targetPerformance);
    const recovered =
      result.monthlyGpuCostRecovered === null ? null : new Dec(result.monthlyGpuCostRecovered);
    // Unpriced when either side is, estimated when either side is (as every other rule).
    const costs = savingsOf(current, proposed);
    const spent = costs.monthlyCost;
    const money = (value: Dec | null) =>
      value === null ? "unpriced" : formatMoney(value.toFixed(), result.currency);
    const savings: RecommendationCost = {
      ...costs,
      currency: result.currency,
      basis:
        spent === null
          ? costs.basis
          : `${money(current.cost.monthlyCost)}/month now less ${money(proposed.cost.monthlyCost)}/month on the faster tier`,
    };
    const volumes: RecommendationVolume[] = bound.map(({ volume }: { volume: WasteVolume }) => ({
      name: volume.name,
      uid: volume.uid,
      claimNamespace: volume.claimNamespace,
      claimName: volume.claimName,
      capacityBytes: volume.capacityBytes,
      usedBytes: null,
    }));
    const { gpu } = result;
    out.push({
      rule: "storage-bound-gpu-job",
      clusterId: inventory.cluster.id,
      clusterName: inventory.cluster.name,
      namespace: result.namespace,
      name: result.workloadName,
      subjectKey: `${inventory.cluster.id}/${result.workloadKind}/${result.namespace}/${result.workloadName}`,
      owner: ownerOf(inventory, result.namespace, "allocated"),
      volumes,
      current,
      proposed,
      savings,
      gpuCostRecoveredPerMonth: recovered,
      paybackDays: spent !== null && recovered !== null ? paybackDays(spent.neg(), recovered) : null,
      netMonthlyValue: spent !== null && recovered !== null ? spent.plus(recovered) : null,
      evidence: [
        { label: "Workload", value: `${result.workloadKind} ${result.namespace}/${result.workloadName}` },
        { label: "Now", value: `${current.label}: ${describePerformance(current.performance)}` },
        { label: "Proposed", value: `${proposed.label}: ${describePerformance(proposed.performance)}` },
        {
          label: "GPU utilisation",
          value: `${gpu.utilisation === null ? "not measured" : `${(gpu.utilisation * 100).toFixed(1)} %`} over ${hours(gpu.allocatedGpuHours)} allocated GPU-hours (${gpuWindowText(gpu)})`,
        },
        {
          label: "Storage-bound idle",
          value: `${hours(gpu.storageBoundIdleGpuHours)} of ${hours(gpu.idleGpuHours)} idle GPU-hours${gpu.storageBoundIdleCost === null ? ", unpriced" : `, ${formatMoney(gpu.storageBoundIdleCost, result.currency)}`}`,
        },
        {
          label: "GPU cost recovered (estimate)",
          value: `${hours(gpu.recoveredGpuHoursPerMonth)} GPU-hours${recovered === null ? "" : ` (${money(recovered)})`} a month: utilisation to ${(gpu.targetUtilisation * 100).toFixed(0)} % recovers ${(Number(gpu.recoveredShare) * 100).toFixed(1)} % of the idle time`,
        },
        ...result.evidence.map((value) => ({ label: "Observed", value })),
        ...result.unpricedReasons.map((value) => ({ label: "Unpriced", value })),
      ],
      guardrail: [
        {
          label: "Estimate",
          value: "the GPU cost recovered is modelled from utilisation and I/O pressure, not measured",
        },
        { label: "Window", value: gpuWindowText(gpu) },
      ],
      fix: {
        summary: `Move ${result.workloadName}'s data and checkpoint volumes to ${proposed.label}`,
        command: result.manifest,
        language: "yaml",
      },
    });
  }
  return out;
}
