import { type Dec, moneyString, sum } from "../../pricing/decimal";
import type { Recommendation, RecommendationCost, TierSide } from "./recommendation";
import {
  RECOMMENDATION_RULE_INFO,
  RECOMMENDATION_RULES,
  type RecommendationRule,
} from "./recommendation-rules";

// Decimals, bigints and Dates do not survive JSON or React Server Components: recommendations become
// plain strings here, once, and nothing downstream does arithmetic on them.

const cost = (c: RecommendationCost) => ({
  status: c.status,
  /** Exact decimal string; null when unpriced. */
  monthlyCost: c.monthlyCost ? moneyString(c.monthlyCost) : null,
  currency: c.currency,
  basis: c.basis,
});

const side = (s: TierSide) => ({ ...s, cost: cost(s.cost) });

export function serializeRecommendation(
  r: Recommendation,
  dismissed: { reason: string; id: string } | null = null,
) {
  return {
    rule: r.rule,
    clusterId: r.clusterId,
    clusterName: r.clusterName,
    namespace: r.namespace,
    name: r.name,
    subjectKey: r.subjectKey,
    owner: r.owner,
    volumes: r.volumes.map((v) => ({ ...v, capacityBytes: v.capacityBytes.toString() })),
    current: side(r.current),
    proposed: side(r.proposed),
    /** before − after per month; negative: the change spends money. */
    savings: cost(r.savings),
    gpuCostRecoveredPerMonth: r.gpuCostRecoveredPerMonth ? moneyString(r.gpuCostRecoveredPerMonth) : null,
    paybackDays: r.paybackDays ?? null,
    netMonthlyValue: r.netMonthlyValue ? moneyString(r.netMonthlyValue) : null,
    evidence: r.evidence,
    guardrail: r.guardrail,
    fix: r.fix,
    dismissed,
  };
}
export type RecommendationDto = ReturnType<typeof serializeRecommendation>;

export interface RecommendationRuleTotal {
  rule: RecommendationRule;
  label: string;
  description: string;
  count: number;
  /** Sum of the priced and estimated net values; unpriced ones are counted, never added as $0. */
  monthlySavings: string;
  /** Of which storage: the priced and estimated storage savings (negative: the rule spends on storage). */
  storageMonthlySavings: string;
  /** Of which GPU: the modelled GPU cost recovered, an estimate; null when no recommendation recovers any. */
  gpuMonthlyRecovered: string | null;
  currency: string;
  unpricedCount: number;
}

/**
 * Storage savings and the modelled GPU cost recovered of a list, apart: one is priced from the
 * catalog, the other an estimate, and a total must not blend them unmarked.
 */
export function splitSavings(list: Recommendation[]): {
  storageMonthlySavings: string;
  gpuMonthlyRecovered: string | null;
} {
  const storage = list.map((r) => r.savings.monthlyCost).filter((v): v is Dec => v !== null);
  const gpu = list.map((r) => r.gpuCostRecoveredPerMonth ?? null).filter((v): v is Dec => v !== null);
  return {
    storageMonthlySavings: moneyString(sum(storage)),
    gpuMonthlyRecovered: gpu.length === 0 ? null : moneyString(sum(gpu)),
  };
}

/** Totals per rule, every rule present (zero when it found nothing), in rule order. */
export function summarizeRecommendations(
  list: Recommendation[],
  currency: string,
): RecommendationRuleTotal[] {
  return RECOMMENDATION_RULES.map((rule) => {
    const mine = list.filter((r) => r.rule === rule);
    return {
      rule,
      label: RECOMMENDATION_RULE_INFO[rule].label,
      description: RECOMMENDATION_RULE_INFO[rule].description,
      count: mine.length,
      monthlySavings: moneyString(
        sum(mine.map((r) => r.netMonthlyValue).filter((v): v is Dec => v !== null)),
      ),
      ...splitSavings(mine),
      currency,
      unpricedCount: mine.filter((r) => r.netMonthlyValue === null).length,
    };
  });
}
