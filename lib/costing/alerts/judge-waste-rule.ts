import { formatMoney } from "../../format-money";
import type { WasteFinding } from "../waste/finding";
import type { AlertCandidate } from "./alert-candidate";

/**
 * New waste costing at least `minAmount` a month in `currency`: one candidate per finding that
 * became waste on or after `newSince` (the day the rule was made, so a new rule does not announce
 * every standing finding at once: digests list those). The period is that day, the same for every
 * judging, so a finding is announced once per rule even when its start moves (a rolling snapshot
 * chain's oldest excess snapshot changes every day). Unpriced findings have no cost to compare:
 * never raised.
 */
export function judgeWasteRule(input: {
  minAmount: string;
  currency: string;
  newSince: Date;
  findings: readonly WasteFinding[];
}): AlertCandidate[] {
  const min = input.minAmount;
  const firstDay = input.newSince.toISOString().slice(0, 10);
  return input.findings
    .filter(
      (f) =>
        f.since.toISOString().slice(0, 10) >= firstDay &&
        f.cost.monthlyCost !== null &&
        f.cost.currency === input.currency &&
        f.cost.monthlyCost.gte(min),
    )
    .map((f) => {
      const monthly = (f.cost.monthlyCost as NonNullable<typeof f.cost.monthlyCost>).toFixed(4);
      return {
        groupKey: `${f.rule}|${f.subjectKey}`,
        period: firstDay,
        title: `Waste (${f.rule}): ${f.clusterName}/${f.namespace ?? "-"}/${f.name}, ${formatMoney(monthly, input.currency)}/month`,
        detail: `${f.kind} ${f.name} in cluster ${f.clusterName} is waste since ${f.since.toISOString().slice(0, 10)}: ${f.cost.basis}. ${f.fix.summary}`,
        link: `/waste?cluster=${encodeURIComponent(f.clusterName)}`,
        amount: monthly,
        currency: input.currency,
      };
    });
}
