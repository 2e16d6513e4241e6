import type { Db } from "../../db/prisma";
import {
  type RecommendationDismissal,
  type TDismissRecommendation,
  dismissRecommendation as writeDismissal,
  ZDismissRecommendation,
} from "../../queries/recommendations/dismiss-recommendation";
import { describeActor, type ServiceCall } from "../service-context";
import { assertMayDismiss } from "./assert-may-dismiss";
import { assertRecommendationInScope } from "./assert-recommendation-in-scope";

export type { RecommendationDismissal } from "../../queries/recommendations/dismiss-recommendation";

/**
 * Dismisses a recommendation with its reason, recorded as dismissed by the actor. A member may
 * dismiss only their teams' recommendations: another team's reads as one that does not exist.
 */
export async function dismissRecommendation(
  db: Db,
  { ctx, input }: ServiceCall<Omit<TDismissRecommendation, "dismissedBy"> & { now: Date }>,
): Promise<RecommendationDismissal> {
  assertMayDismiss(ctx);
  const parsed = ZDismissRecommendation.parse({ ...input, dismissedBy: describeActor(ctx.actor) });
  await assertRecommendationInScope(db, ctx, parsed.subjectKey);
  return writeDismissal(db, parsed, input.now);
}
