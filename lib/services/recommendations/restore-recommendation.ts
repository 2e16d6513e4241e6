import { z } from "zod";
import type { Db } from "../../db/prisma";
import { RECOMMENDATION_SUBJECT_KIND } from "../../queries/recommendations/list-recommendations";
import { DismissalNotFoundError } from "../../queries/recommendations/recommendation-dismissal-errors";
import { restoreRecommendation as deleteDismissal } from "../../queries/recommendations/restore-recommendation";
import { recordAudit } from "../audit/record-audit";
import type { ServiceCall } from "../service-context";
import { assertMayDismiss } from "./assert-may-dismiss";
import { assertRecommendationInScope } from "./assert-recommendation-in-scope";

/** DELETE /api/v1/recommendations/dismissals/{id}: a dismissal's id. */
export const ZDismissalId = z.uuid();

/**
 * Restores a dismissed recommendation of ctx's teams (another team's dismissal reads as missing),
 * audited with the dismissal it removes.
 */
export async function restoreRecommendation(
  db: Db,
  { ctx, input }: ServiceCall<{ id: string }>,
): Promise<void> {
  assertMayDismiss(ctx);
  const dismissal = await db.dismissal.findFirst({
    where: { id: input.id, subjectKind: RECOMMENDATION_SUBJECT_KIND },
    select: { id: true, rule: true, subjectKey: true, reason: true, dismissedBy: true, dismissedAt: true },
  });
  if (!dismissal) throw new DismissalNotFoundError(input.id);
  await assertRecommendationInScope(db, ctx, dismissal.subjectKey);
  await deleteDismissal(db, input.id);
  await recordAudit(db, ctx, {
    action: "dismissal.delete",
    targetType: "dismissal",
    targetId: input.id,
    before: dismissal,
    after: null,
  });
}
