import { recommendColdCheckpoints } from "./cold-checkpoints";
import { recommendGp2ToGp3 } from "./gp2-to-gp3";
import { type RecommendationContext, type RecommendationInventory, storageBoundClaimKey } from "./inventory";
import { recommendPdSsdToPdBalanced } from "./pd-ssd-to-pd-balanced";
import { recommendPremiumSsdTierBoundary } from "./premium-ssd-tier-boundary";
import { recommendProvisionedIopsToGp3 } from "./provisioned-iops-to-gp3";
import { recommendReadHeavyDataset } from "./read-heavy-dataset";
import type { Recommendation } from "./recommendation";
import { RECOMMENDATION_RULES, type RecommendationRule } from "./recommendation-rules";
import { recommendScratchOnPremium } from "./scratch-on-premium";
import { recommendSharedDatasetToObject } from "./shared-dataset-to-object";
import type { TierPerformance } from "./tier-performance";

/** A producer of recommendations from one cluster's inventory. */
export type RecommendationProducer = (
  inventory: RecommendationInventory,
  context: RecommendationContext,
) => Recommendation[];

/**
 * The volume rules of this module. "storage-bound-gpu-job" is produced from GPU utilisation by the
 * GPU-idle analysis and joins the list through `rankRecommendations`.
 */
export const VOLUME_RULES: Partial<Record<RecommendationRule, RecommendationProducer>> = {
  "gp2-to-gp3": recommendGp2ToGp3,
  "provisioned-iops-to-gp3": recommendProvisionedIopsToGp3,
  "pd-ssd-to-pd-balanced": recommendPdSsdToPdBalanced,
  "premium-ssd-tier-boundary": recommendPremiumSsdTierBoundary,
  "cold-checkpoints": recommendColdCheckpoints,
  "scratch-on-premium": recommendScratchOnPremium,
  "shared-dataset-to-object": recommendSharedDatasetToObject,
  "read-heavy-dataset": recommendReadHeavyDataset,
};

/** Largest net monthly value first; unpriced after priced; then by rule, cluster and name. */
export function compareRecommendations(a: Recommendation, b: Recommendation): number {
  const [x, y] = [a.netMonthlyValue, b.netMonthlyValue];
  if (x && y && !x.eq(y)) return y.comparedTo(x);
  if (x && !y) return -1;
  if (!x && y) return 1;
  return (
    RECOMMENDATION_RULES.indexOf(a.rule) - RECOMMENDATION_RULES.indexOf(b.rule) ||
    a.clusterName.localeCompare(b.clusterName) ||
    (a.namespace ?? "").localeCompare(b.namespace ?? "") ||
    a.name.localeCompare(b.name)
  );
}

/** Rules that always move a volume to a slower tier: never for a claim a storage-bound GPU job reads. */
const SLOWER_TIER_RULES: ReadonlySet<RecommendationRule> = new Set([
  "pd-ssd-to-pd-balanced",
  "shared-dataset-to-object",
  "cold-checkpoints",
]);

const LATENCY_RANK: Record<TierPerformance["latencyClass"], number> = {
  "local-nvme": 0,
  "sub-millisecond": 1,
  "single-digit-ms": 2,
  "object-storage": 3,
};

const mibps = (t: TierPerformance["throughput"]) =>
  t === null ? null : t.unit === "MiB/s" ? t.value : t.value / 1.048576;

/** Whether `proposed` gives less IOPS, less throughput or a slower latency class than `current`. */
export function lowersPerformance(current: TierPerformance, proposed: TierPerformance): boolean {
  const [iopsBefore, iopsAfter] = [current.iops, proposed.iops];
  const [mibBefore, mibAfter] = [mibps(current.throughput), mibps(proposed.throughput)];
  return (
    (iopsBefore !== null && iopsAfter !== null && iopsAfter < iopsBefore) ||
    (mibBefore !== null && mibAfter !== null && mibAfter < mibBefore) ||
    LATENCY_RANK[proposed.latencyClass] > LATENCY_RANK[current.latencyClass]
  );
}

/**
 * Whether a recommendation would slow down a claim a storage-bound GPU workload reads: the GPU
 * settings call its tier too slow already, so a cheaper, slower tier would only idle the GPUs more.
 */
export function slowsStorageBoundGpu(
  recommendation: Recommendation,
  context: RecommendationContext,
): boolean {
  const claims = context.storageBoundClaims;
  if (!claims || recommendation.rule === "storage-bound-gpu-job") return false;
  const read = recommendation.volumes.some((v) =>
    claims.has(storageBoundClaimKey(recommendation.clusterId, v.claimNamespace, v.claimName)),
  );
  return (
    read &&
    (SLOWER_TIER_RULES.has(recommendation.rule) ||
      lowersPerformance(recommendation.current.performance, recommendation.proposed.performance))
  );
}

/**
 * One list, ranked by net monthly value. A volume gets one recommendation, the most valuable (a
 * scratch claim on pd-ssd moves to local NVMe, not also to pd-balanced), so totals add up; and a
 * recommendation that would only spend money without a GPU saving behind it is left out. A
 * storage-bound GPU job's recommendation claims its volumes first: whatever else a rule says about
 * a volume a starving GPU job reads (priced or not), the job's faster tier is the one to act on.
 */
export function rankRecommendations(recommendations: Recommendation[]): Recommendation[] {
  const worthIt = recommendations.filter((r) => r.netMonthlyValue === null || r.netMonthlyValue.gt(0));
  const gpuFirst = (r: Recommendation) => (r.rule === "storage-bound-gpu-job" ? 0 : 1);
  const best = new Map<string, Recommendation>();
  for (const recommendation of [...worthIt].sort(
    (a, b) => gpuFirst(a) - gpuFirst(b) || compareRecommendations(a, b),
  )) {
    const keys = recommendation.volumes.map((v) => `${recommendation.clusterId}/${v.uid}`);
    if (keys.some((key) => best.has(key))) continue;
    for (const key of keys) best.set(key, recommendation);
  }
  return [...new Set(best.values())].sort(compareRecommendations);
}

/**
 * Every volume recommendation of one cluster's inventory as of `context.now`, unranked: a volume
 * may have several. Those that would slow down a storage-bound GPU job's claims are left out.
 */
export function recommendationCandidates(
  inventory: RecommendationInventory,
  context: RecommendationContext,
  rules: readonly RecommendationRule[] = RECOMMENDATION_RULES,
): Recommendation[] {
  return rules
    .flatMap((rule) => VOLUME_RULES[rule]?.(inventory, context) ?? [])
    .filter((r) => !slowsStorageBoundGpu(r, context));
}

/** Every volume recommendation of one cluster's inventory as of `context.now`, ranked. */
export function recommend(
  inventory: RecommendationInventory,
  context: RecommendationContext,
  rules: readonly RecommendationRule[] = RECOMMENDATION_RULES,
): Recommendation[] {
  return rankRecommendations(recommendationCandidates(inventory, context, rules));
}

/**
 * Candidates ranked with the dismissed ones taken out first, so a volume whose best
 * recommendation was dismissed shows its runner-up; the dismissed ones ranked on their own.
 */
export function rankWithDismissals(
  candidates: Recommendation[],
  isDismissed: (recommendation: Recommendation) => boolean,
): { kept: Recommendation[]; dismissed: Recommendation[] } {
  return {
    kept: rankRecommendations(candidates.filter((r) => !isDismissed(r))),
    dismissed: rankRecommendations(candidates.filter(isDismissed)),
  };
}
