import { type Dec, sum, toPlain } from "../../pricing/decimal";
import { compareRecommendations } from "../recommendations/recommend";
import type { Recommendation } from "../recommendations/recommendation";
import { RECOMMENDATION_RULE_INFO } from "../recommendations/recommendation-rules";
import type { OpenRecommendationItem, OpenRecommendationsSection } from "./digest-content";

export const TOP_OPEN_RECOMMENDATIONS = 5;

function recommendationsPath(clusterName: string, rule?: string): string {
  const search = new URLSearchParams({ cluster: clusterName });
  if (rule) search.set("rule", rule);
  return `/recommendations?${search}`;
}

function item(r: Recommendation): OpenRecommendationItem {
  return {
    ruleLabel: RECOMMENDATION_RULE_INFO[r.rule].label,
    clusterName: r.clusterName,
    subject: `${r.namespace ?? "(no namespace)"}/${r.name}`,
    change: `${r.current.label} → ${r.proposed.label}`,
    netMonthlyValue: r.netMonthlyValue === null ? null : toPlain(r.netMonthlyValue),
    storageSavings: r.savings.monthlyCost === null ? null : toPlain(r.savings.monthlyCost),
    gpuCostRecoveredPerMonth:
      r.gpuCostRecoveredPerMonth === undefined || r.gpuCostRecoveredPerMonth === null
        ? null
        : toPlain(r.gpuCostRecoveredPerMonth),
    // The GPU cost a faster tier recovers is the GPU model's estimate, whatever the storage side is.
    estimated: r.savings.status === "estimated" || r.gpuCostRecoveredPerMonth != null,
    path: recommendationsPath(r.clusterName, r.rule),
  };
}

/**
 * The open recommendations (those `recommendations` holds: not dismissed) in one of `namespaces`
 * ("cluster/namespace"), ranked by net monthly value as the Recommendations page ranks them. The
 * totals add the priced ones; unpriced ones are counted apart, never valued at $0.
 */
export function openRecommendationsSection(input: {
  recommendations: readonly Recommendation[];
  namespaces: ReadonlySet<string>;
  currency: string;
  asOf: Date;
}): OpenRecommendationsSection {
  const open = input.recommendations
    .filter((r) => r.namespace !== null && input.namespaces.has(`${r.clusterName}/${r.namespace}`))
    .sort(compareRecommendations);
  const priced = open.filter((r) => r.netMonthlyValue !== null);
  const total = (values: (Dec | null | undefined)[]) =>
    toPlain(sum(values.filter((v): v is Dec => v !== null && v !== undefined)));
  return {
    kind: "open-recommendations",
    currency: input.currency,
    asOf: input.asOf.toISOString(),
    count: open.length,
    netMonthlyValue: total(priced.map((r) => r.netMonthlyValue)),
    storageSavings: total(priced.map((r) => r.savings.monthlyCost)),
    gpuCostRecovered: total(priced.map((r) => r.gpuCostRecoveredPerMonth)),
    unpricedCount: open.length - priced.length,
    top: open.slice(0, TOP_OPEN_RECOMMENDATIONS).map(item),
    clusters: [...new Set(open.map((r) => r.clusterName))]
      .sort()
      .map((name) => ({ name, path: recommendationsPath(name) })),
  };
}
