import { Dec, sum } from "../../pricing/decimal";
import type { Recommendation } from "../recommendations/recommendation";
import type { WasteFinding } from "../waste/finding";
import { recommendationsNetOfWaste } from "./recommendations-net-of-waste";

/**
 * Waste per month and savings available, with no volume counted twice: a recommendation's savings
 * on a volume that is waste are left out (recommendationsNetOfWaste: waste wins). Unpriced findings
 * and recommendations are counted, never added as $0.
 */
export function savingsCountedOnce(
  findings: readonly WasteFinding[],
  recommendations: readonly Recommendation[],
) {
  const counted: Dec[] = [];
  let left = new Dec(0);
  let overlappingVolumes = 0;
  let unpricedRecommendations = 0;
  for (const net of recommendationsNetOfWaste(findings, recommendations)) {
    if (net.countedValue === null) {
      unpricedRecommendations++;
      continue;
    }
    if (!net.recommendation.netMonthlyValue?.isPos()) continue;
    overlappingVolumes += net.overlappingVolumes;
    counted.push(net.countedValue);
    left = left.plus(net.leftOutForWaste);
  }
  const priced = findings.filter((f) => f.cost.monthlyCost !== null);
  return {
    waste: {
      monthlyCost: sum(priced.map((f) => f.cost.monthlyCost as Dec)),
      count: findings.length,
      unpricedCount: findings.length - priced.length,
    },
    savings: {
      monthlyCost: sum(counted),
      count: counted.length,
      unpricedCount: unpricedRecommendations,
      /** Recommended volumes that are also waste, and the savings on them left out (waste wins). */
      overlappingVolumes,
      leftOutForWaste: left,
    },
  };
}
