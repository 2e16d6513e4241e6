import type { CostWindow } from "../../costing/cost-window";
import { storageBoundReturns } from "../../costing/gpu/storage-bound-returns";
import {
  compareRecommendations,
  rankWithDismissals,
  recommendationCandidates,
} from "../../costing/recommendations/recommend";
import type { Recommendation } from "../../costing/recommendations/recommendation";
import {
  recommendStorageBoundGpuJobs,
  storageBoundClaims,
} from "../../costing/recommendations/storage-bound-gpu-job";
import type { RecommendationThresholds } from "../../costing/recommendations/thresholds";
import type { Db } from "../../db/prisma";
import { getClusterByNameOrThrow } from "../clusters/get-cluster-by-name-or-throw";
import { analyseGpuWindow } from "../gpu/analyse-gpu-window";
import { gpuValuationWindow } from "../gpu/gpu-valuation-window";
import { getPricingContext } from "../pricing/get-pricing-context";
import { namespaceVisibility } from "../scope/namespace-visibility";
import type { TeamIds } from "../scope/team-scope-sql";
import { getRecommendationThresholds } from "./get-recommendation-thresholds";
import { loadRecommendationInventory } from "./load-recommendation-inventory";

/** What a Dismissal of a recommendation is called in the `dismissal` table. */
export const RECOMMENDATION_SUBJECT_KIND = "recommendation";

export interface RecommendationListParams {
  now: Date;
  clusterName?: string;
  includeDismissed?: boolean;
  teamIds: TeamIds;
}

export interface RecommendationList {
  asOf: Date;
  currency: string;
  thresholds: RecommendationThresholds;
  /** The pinned window the GPU figures (storage-bound jobs) are valued over: gpuValuationWindow. */
  gpuWindow: CostWindow;
  warnings: string[];
  /** Ranked by net monthly value; dismissed ones only when asked, with the dismissal. */
  recommendations: { recommendation: Recommendation; dismissal: { id: string; reason: string } | null }[];
  dismissedCount: number;
}

/**
 * The recommendations of one cluster (by name) or of the whole fleet as of `now`, each cluster's
 * inventory judged by every rule at today's prices in the display currency. Those a Dismissal names
 * are left out unless `includeDismissed`. Only those of the `teamIds` namespaces (all when null).
 */
export async function readRecommendations(
  db: Db,
  options: RecommendationListParams,
): Promise<RecommendationList> {
  const clusters = options.clusterName
    ? [await getClusterByNameOrThrow(db, options.clusterName)]
    : await db.cluster.findMany({ orderBy: { name: "asc" } });
  const orgIds = [...new Set(clusters.map((c) => c.orgId))];
  const [visible, pricing, { thresholds, warnings }, dismissals] = await Promise.all([
    namespaceVisibility(db, options.teamIds),
    getPricingContext(db, { orgIds }),
    getRecommendationThresholds(db),
    db.dismissal.findMany({
      where: { orgId: { in: orgIds }, subjectKind: RECOMMENDATION_SUBJECT_KIND },
      select: { id: true, rule: true, subjectKey: true, reason: true },
    }),
  ]);
  const dismissedBy = new Map(dismissals.map((d) => [`${d.rule}|${d.subjectKey}`, d]));
  // Storage-bound GPU jobs, judged over the pinned valuation window (the GPU efficiency page's default).
  const gpuWindow = gpuValuationWindow(options.now);
  const gpu = await analyseGpuWindow(db, {
    now: options.now,
    window: gpuWindow,
    clusterName: options.clusterName,
    teamIds: options.teamIds,
  });
  const gpuReturns = storageBoundReturns({ ...gpu, windowHours: gpu.span.hours, now: options.now });
  // The rules that would move a volume these jobs read to a slower tier leave it alone.
  const context = {
    now: options.now,
    thresholds,
    pricing,
    storageBoundClaims: storageBoundClaims(gpuReturns),
  };
  const dismissalOf = (r: Recommendation) => dismissedBy.get(`${r.rule}|${r.subjectKey}`) ?? null;
  const kept: Recommendation[] = [];
  const dismissed: Recommendation[] = [];
  // One cluster at a time: memory holds one cluster's inventory, not the fleet's.
  for (const cluster of clusters) {
    const inventory = await loadRecommendationInventory(db, { cluster, now: options.now });
    // Dismissed ones leave before ranking: a volume whose best recommendation was dismissed shows the next.
    const ranked = rankWithDismissals(
      [
        ...recommendationCandidates(inventory, context),
        ...recommendStorageBoundGpuJobs(inventory, context, gpuReturns),
      ],
      (r) => dismissalOf(r) !== null,
    );
    // A recommendation is its owner's (an unallocated volume's, its likely owner's).
    const mine = (r: Recommendation) => visible(r.clusterId, r.owner.namespace);
    kept.push(...ranked.kept.filter(mine));
    dismissed.push(...ranked.dismissed.filter(mine));
  }
  // Each cluster's list is ranked; the fleet's is ranked again across clusters.
  const all = options.includeDismissed ? [...kept, ...dismissed] : kept;
  all.sort(compareRecommendations);
  const recommendations: RecommendationList["recommendations"] = all.map((recommendation) => {
    const dismissal = dismissalOf(recommendation);
    return { recommendation, dismissal: dismissal ? { id: dismissal.id, reason: dismissal.reason } : null };
  });
  const dismissedCount = dismissed.length;
  return {
    asOf: options.now,
    currency: pricing.displayCurrency,
    thresholds,
    gpuWindow,
    warnings,
    recommendations,
    dismissedCount,
  };
}
