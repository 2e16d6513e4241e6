import { formatMoney } from "../../format-money";
import type { WasteFinding } from "../waste/finding";
import type { AlertCandidate } from "./alert-candidate";

/** A waste finding's alert group: its waste rule and subject, stable while its start moves. */
export function wasteGroupKey(finding: Pick<WasteFinding, "rule" | "subjectKey">): string {
  return `${finding.rule}|${finding.subjectKey}`;
}

/**
 * New waste costing at least `minAmount` a month in `currency`: one candidate per finding the rule
 * first saw after it was made. What the rule saw at its creation is standing waste, which digests
 * list, so a new rule does not announce it all at once. A finding's own start (`since`) is no
 * cut-off: an Available volume becomes waste days after it became Available, an oversized volume
 * dates from its claim, both long before anyone saw the waste. The period is the first-seen day,
 * the same at every judging, so a finding is announced once per rule even when its start moves (a
 * rolling snapshot chain's oldest excess snapshot changes every day). Unpriced findings have no cost
 * to compare: never raised.
 */
export function judgeWasteRule(input: {
  minAmount: string;
  currency: string;
  ruleCreatedAt: Date;
  findings: readonly { finding: WasteFinding; firstSeenAt: Date }[];
}): AlertCandidate[] {
  const min = input.minAmount;
  return input.findings
    .filter(
      ({ finding: f, firstSeenAt }) =>
        firstSeenAt > input.ruleCreatedAt &&
        f.cost.monthlyCost !== null &&
        f.cost.currency === input.currency &&
        f.cost.monthlyCost.gte(min),
    )
    .map(({ finding: f, firstSeenAt }) => {
      const monthly = (f.cost.monthlyCost as NonNullable<typeof f.cost.monthlyCost>).toFixed(4);
      return {
        groupKey: wasteGroupKey(f),
        period: firstSeenAt.toISOString().slice(0, 10),
        title: `Waste (${f.rule}): ${f.clusterName}/${f.namespace ?? "-"}/${f.name}, ${formatMoney(monthly, input.currency)}/month`,
        detail: `${f.kind} ${f.name} in cluster ${f.clusterName} is waste since ${f.since.toISOString().slice(0, 10)}: ${f.cost.basis}. ${f.fix.summary}`,
        link: `/waste?cluster=${encodeURIComponent(f.clusterName)}`,
        amount: monthly,
        currency: input.currency,
      };
    });
}
