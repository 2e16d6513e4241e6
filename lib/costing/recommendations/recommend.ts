import { recommendColdCheckpoints } from "./cold-checkpoints";
import { recommendGp2ToGp3 } from "./gp2-to-gp3";
import type { RecommendationContext, RecommendationInventory } from "./inventory";
import { recommendPdSsdToPdBalanced } from "./pd-ssd-to-pd-balanced";
import { recommendPremiumSsdTierBoundary } from "./premium-ssd-tier-boundary";
import { recommendProvisionedIopsToGp3 } from "./provisioned-iops-to-gp3";
import type { Recommendation } from "./recommendation";
import { RECOMMENDATION_RULES, type RecommendationRule } from "./recommendation-rules";
import { recommendScratchOnPremium } from "./scratch-on-premium";
import { recommendSharedDatasetToObject } from "./shared-dataset-to-object";

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

/**
 * One list, ranked by net monthly value. A volume gets one recommendation, the most valuable (a
 * scratch claim on pd-ssd moves to local NVMe, not also to pd-balanced), so totals add up; and a
 * recommendation that would only spend money without a GPU saving behind it is left out.
 */
export function rankRecommendations(recommendations: Recommendation[]): Recommendation[] {
  const worthIt = recommendations.filter((r) => r.netMonthlyValue === null || r.netMonthlyValue.gt(0));
  const best = new Map<string, Recommendation>();
  for (const recommendation of [...worthIt].sort(compareRecommendations)) {
    const keys = recommendation.volumes.map((v) => `${recommendation.clusterId}/${v.uid}`);
    if (keys.some((key) => best.has(key))) continue;
    for (const key of keys) best.set(key, recommendation);
  }
  return [...new Set(best.values())].sort(compareRecommendations);
}

/** Every volume recommendation of one cluster's inventory as of `context.now`, ranked. */
export function recommend(
  inventory: RecommendationInventory,
  context: RecommendationContext,
  rules: readonly RecommendationRule[] = RECOMMENDATION_RULES,
): Recommendation[] {
  return rankRecommendations(rules.flatMap((rule) => VOLUME_RULES[rule]?.(inventory, context) ?? []));
}
