import type { Db } from "../../db/prisma";
import {
  type RecommendationDismissal,
  type TDismissRecommendation,
  dismissRecommendation as writeDismissal,
  ZDismissRecommendation,
} from "../../queries/recommendations/dismiss-recommendation";
import { RECOMMENDATION_SUBJECT_KIND } from "../../queries/recommendations/list-recommendations";
import { recordAudit } from "../audit/record-audit";
import { describeActor, type ServiceCall } from "../service-context";
import { assertMayDismiss } from "./assert-may-dismiss";
import { assertRecommendationInScope } from "./assert-recommendation-in-scope";

export type { RecommendationDismissal } from "../../queries/recommendations/dismiss-recommendation";

/**
 * Dismisses a recommendation with its reason, recorded as dismissed by the actor and audited (a
 * second dismissal replaces the reason: before holds the first). A member may dismiss only their
 * teams' recommendations: another team's reads as one that does not exist.
 */
export async function dismissRecommendation(
  db: Db,
  { ctx, input }: ServiceCall<Omit<TDismissRecommendation, "dismissedBy"> & { now: Date }>,
): Promise<RecommendationDismissal> {
  assertMayDismiss(ctx);
  const parsed = ZDismissRecommendation.parse({ ...input, dismissedBy: describeActor(ctx.actor) });
  await assertRecommendationInScope(db, ctx, parsed.subjectKey);
  const before = await db.dismissal.findFirst({
    where: { subjectKind: RECOMMENDATION_SUBJECT_KIND, rule: parsed.rule, subjectKey: parsed.subjectKey },
    select: { id: true, rule: true, subjectKey: true, reason: true, dismissedBy: true, dismissedAt: true },
  });
  const dismissal = await writeDismissal(db, parsed, input.now);
  await recordAudit(db, ctx, {
    action: "dismissal.create",
    targetType: "dismissal",
    targetId: dismissal.id,
    before,
    after: dismissal,
  });
  return dismissal;
}
