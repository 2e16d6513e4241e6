import {
  parseRecommendationThresholds,
  RECOMMENDATION_THRESHOLDS_KEY,
  type RecommendationThresholds,
} from "../../costing/recommendations/thresholds";
import type { Db } from "../../db/prisma";

/** The guardrails in force: the `recommendations.thresholds` setting over the defaults, with any warnings. */
export async function getRecommendationThresholds(
  db: Db,
): Promise<{ thresholds: RecommendationThresholds; warnings: string[] }> {
  const setting = await db.setting.findUnique({ where: { key: RECOMMENDATION_THRESHOLDS_KEY } });
  return parseRecommendationThresholds(setting?.value);
}
