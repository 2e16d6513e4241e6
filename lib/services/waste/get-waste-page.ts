import {
  serializeFinding,
  serializeRuleTotal,
  type WasteFindingDto,
  type WasteRuleTotalDto,
} from "../../costing/waste/serialize-finding";
import { summarizeWaste } from "../../costing/waste/summarize-waste";
import type { WasteThresholds } from "../../costing/waste/thresholds";
import type { WasteRule } from "../../costing/waste/waste-rules";
import type { Db } from "../../db/prisma";
import { sum } from "../../pricing/decimal";
import { readWasteFindings } from "../../queries/waste/list-waste-findings";
import { clusterFilterInput } from "../cluster-filter-input";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export interface WastePageParams {
  cluster?: string;
  rule?: WasteRule;
  page: number;
  includeDismissed?: boolean;
}

export interface WastePage {
  asOf: string;
  currency: string;
  thresholds: WasteThresholds;
  warnings: string[];
  /** Every cluster's name, for the filter. */
  clusters: string[];
  filters: { cluster: string | null; rule: WasteRule | null; includeDismissed: boolean };
  /** Per rule, over the cluster filter but not the rule filter: the summary stays whole. */
  totals: WasteRuleTotalDto[];
  total: { count: number; monthlyCost: string; estimatedCount: number; unpricedCount: number };
  items: WasteFindingDto[];
  page: number;
  pageSize: number;
  /** Findings matching every filter: what the pages cover. */
  totalItems: number;
  dismissedCount: number;
}

/**
 * One page of waste findings with the totals by rule, as the Waste page and GET /api/v1/waste show
 * them: the findings of the reader's teams only, and the totals over those.
 */
export async function getWastePage(
  db: Db,
  { ctx, input: params }: ServiceCall<WastePageParams & { now: Date; pageSize: number }>,
): Promise<WastePage> {
  const { pageSize } = params;
  const [clusters, list] = await Promise.all([
    db.cluster.findMany({ select: { name: true }, orderBy: { name: "asc" } }),
    clusterFilterInput(
      readWasteFindings(db, {
        now: params.now,
        clusterName: params.cluster,
        includeDismissed: params.includeDismissed,
        teamIds: scopedTeamIds(ctx),
      }),
    ),
  ]);
  const totals = summarizeWaste(list.findings.map((f) => f.finding));
  const matching = params.rule ? list.findings.filter((f) => f.finding.rule === params.rule) : list.findings;
  const start = (params.page - 1) * pageSize;
  return {
    asOf: list.asOf.toISOString(),
    currency: list.currency,
    thresholds: list.thresholds,
    warnings: list.warnings,
    clusters: clusters.map((c) => c.name),
    filters: {
      cluster: params.cluster ?? null,
      rule: params.rule ?? null,
      includeDismissed: params.includeDismissed ?? false,
    },
    totals: totals.map((t) => serializeRuleTotal(t, list.currency)),
    total: {
      count: totals.reduce((n, t) => n + t.count, 0),
      monthlyCost: sum(totals.map((t) => t.monthlyCost)).toFixed(),
      estimatedCount: totals.reduce((n, t) => n + t.estimatedCount, 0),
      unpricedCount: totals.reduce((n, t) => n + t.unpricedCount, 0),
    },
    items: matching.slice(start, start + pageSize).map((f) => serializeFinding(f.finding, f.dismissed)),
    page: params.page,
    pageSize,
    totalItems: matching.length,
    dismissedCount: list.dismissedCount,
  };
}
