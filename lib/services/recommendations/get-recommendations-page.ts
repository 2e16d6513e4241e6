import type { CostWindow } from "../../costing/cost-window";
import type { RecommendationRule } from "../../costing/recommendations/recommendation-rules";
import {
  type RecommendationDto,
  type RecommendationRuleTotal,
  serializeRecommendation,
  splitSavings,
  summarizeRecommendations,
} from "../../costing/recommendations/serialize-recommendation";
import type { RecommendationThresholds } from "../../costing/recommendations/thresholds";
import type { Db } from "../../db/prisma";
import { type Dec, sum } from "../../pricing/decimal";
import { readRecommendations } from "../../queries/recommendations/list-recommendations";
import { clusterFilterInput } from "../cluster-filter-input";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export interface RecommendationsPageParams {
  cluster?: string;
  rule?: RecommendationRule;
  page: number;
  includeDismissed?: boolean;
}

export interface RecommendationsPage {
  asOf: string;
  currency: string;
  thresholds: RecommendationThresholds;
  /** The pinned window GPU figures are valued over, stated on the page and in the CLI. */
  gpuWindow: CostWindow;
  warnings: string[];
  /** Every cluster's name and StorageClasses, for the filter and the what-if. */
  clusters: { name: string; storageClasses: string[] }[];
  filters: { cluster: string | null; rule: RecommendationRule | null; includeDismissed: boolean };
  /** Per rule, over the cluster filter but not the rule filter: the summary stays whole. */
  totals: RecommendationRuleTotal[];
  total: {
    count: number;
    monthlySavings: string;
    storageMonthlySavings: string;
    gpuMonthlyRecovered: string | null;
    unpricedCount: number;
  };
  items: RecommendationDto[];
  page: number;
  pageSize: number;
  totalItems: number;
  dismissedCount: number;
}

/** One page of the reader's teams' recommendations, ranked by net monthly value, with totals by rule. */
export async function getRecommendationsPage(
  db: Db,
  { ctx, input: params }: ServiceCall<RecommendationsPageParams & { now: Date; pageSize: number }>,
): Promise<RecommendationsPage> {
  const { pageSize } = params;
  const [clusters, list] = await Promise.all([
    db.cluster.findMany({
      select: {
        name: true,
        storageClasses: { where: { deletedAt: null }, select: { name: true }, orderBy: { name: "asc" } },
      },
      orderBy: { name: "asc" },
    }),
    clusterFilterInput(
      readRecommendations(db, {
        now: params.now,
        clusterName: params.cluster,
        includeDismissed: params.includeDismissed,
        teamIds: scopedTeamIds(ctx),
      }),
    ),
  ]);
  const open = list.recommendations.filter((r) => r.dismissal === null).map((r) => r.recommendation);
  const totals = summarizeRecommendations(open, list.currency);
  const matching = params.rule
    ? list.recommendations.filter((r) => r.recommendation.rule === params.rule)
    : list.recommendations;
  const start = (params.page - 1) * pageSize;
  return {
    asOf: list.asOf.toISOString(),
    currency: list.currency,
    thresholds: list.thresholds,
    gpuWindow: list.gpuWindow,
    warnings: list.warnings,
    clusters: clusters.map((c) => ({ name: c.name, storageClasses: c.storageClasses.map((sc) => sc.name) })),
    filters: {
      cluster: params.cluster ?? null,
      rule: params.rule ?? null,
      includeDismissed: params.includeDismissed ?? false,
    },
    totals,
    total: {
      count: open.length,
      monthlySavings: sum(open.map((r) => r.netMonthlyValue).filter((v): v is Dec => v !== null)).toFixed(),
      ...splitSavings(open),
      unpricedCount: open.filter((r) => r.netMonthlyValue === null).length,
    },
    items: matching
      .slice(start, start + pageSize)
      .map((r) => serializeRecommendation(r.recommendation, r.dismissal)),
    page: params.page,
    pageSize,
    totalItems: matching.length,
    dismissedCount: list.dismissedCount,
  };
}
