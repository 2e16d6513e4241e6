import { type Dec, sum } from "../../pricing/decimal";
import type { WasteFinding } from "./finding";
import { WASTE_RULES, type WasteRule } from "./waste-rules";

export interface WasteRuleTotal {
  rule: WasteRule;
  count: number;
  /** The sum of priced and estimated findings; unpriced ones are counted, never added as $0. */
  monthlyCost: Dec;
  estimatedCount: number;
  unpricedCount: number;
}

/** Totals per rule, every rule present (zero when it found nothing), in rule order. */
export function summarizeWaste(findings: WasteFinding[]): WasteRuleTotal[] {
  return WASTE_RULES.map((rule) => {
    const mine = findings.filter((f) => f.rule === rule);
    return {
      rule,
      count: mine.length,
      monthlyCost: sum(mine.map((f) => f.cost.monthlyCost).filter((c) => c !== null)),
      estimatedCount: mine.filter((f) => f.cost.status === "estimated").length,
      unpricedCount: mine.filter((f) => f.cost.status === "unpriced").length,
    };
  });
}
