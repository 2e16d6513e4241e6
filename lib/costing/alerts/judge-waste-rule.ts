import { formatMoney } from "../../format-money";
import type { WasteFinding } from "../waste/finding";
import type { AlertCandidate } from "./alert-candidate";

/**
 * Waste findings costing at least `minAmount` a month in `currency`: one candidate per finding,
 * keyed by the day it became waste, so a finding is announced once, when it first appears (and
 * again only if it ends and comes back). Unpriced findings have no cost to compare: never raised.
 */
export function judgeWasteRule(input: {
  minAmount: string;
  currency: string;
  findings: readonly WasteFinding[];
}): AlertCandidate[] {
  const min = input.minAmount;
  return input.findings
    .filter(
      (f) => f.cost.monthlyCost !== null && f.cost.currency === input.currency && f.cost.monthlyCost.gte(min),
    )
    .map((f) => {
      const monthly = (f.cost.monthlyCost as NonNullable<typeof f.cost.monthlyCost>).toFixed(4);
      return {
        groupKey: `${f.rule}|${f.subjectKey}`,
        period: f.since.toISOString().slice(0, 10),
        title: `Waste (${f.rule}): ${f.clusterName}/${f.namespace ?? "-"}/${f.name}, ${formatMoney(monthly, input.currency)}/month`,
        detail: `${f.kind} ${f.name} in cluster ${f.clusterName} is waste since ${f.since.toISOString().slice(0, 10)}: ${f.cost.basis}. ${f.fix.summary}`,
        link: `/waste?cluster=${encodeURIComponent(f.clusterName)}`,
        amount: monthly,
        currency: input.currency,
      };
    });
}
