import { moneyString } from "../../pricing/decimal";
import type { WasteFinding } from "./finding";
import type { WasteRuleTotal } from "./summarize-waste";
import { WASTE_RULE_INFO } from "./waste-rules";

// Decimal values and Dates do not survive JSON or React Server Components: findings become plain
// strings here, once, and nothing downstream does arithmetic on them.

export function serializeFinding(finding: WasteFinding, dismissed = false) {
  return {
    rule: finding.rule,
    clusterId: finding.clusterId,
    clusterName: finding.clusterName,
    kind: finding.kind,
    namespace: finding.namespace,
    name: finding.name,
    uid: finding.uid,
    subjectKey: finding.subjectKey,
    owner: finding.owner,
    since: finding.since.toISOString(),
    ageDays: finding.ageDays,
    cost: {
      status: finding.cost.status,
      /** Exact decimal string; null when unpriced. */
      monthlyCost: finding.cost.monthlyCost ? moneyString(finding.cost.monthlyCost) : null,
      currency: finding.cost.currency,
      basis: finding.cost.basis,
    },
    evidence: finding.evidence,
    fix: finding.fix,
    dismissed,
  };
}
export type WasteFindingDto = ReturnType<typeof serializeFinding>;

export function serializeRuleTotal(total: WasteRuleTotal, currency: string) {
  return {
    rule: total.rule,
    label: WASTE_RULE_INFO[total.rule].label,
    description: WASTE_RULE_INFO[total.rule].description,
    count: total.count,
    monthlyCost: moneyString(total.monthlyCost),
    currency,
    estimatedCount: total.estimatedCount,
    unpricedCount: total.unpricedCount,
  };
}
export type WasteRuleTotalDto = ReturnType<typeof serializeRuleTotal>;
