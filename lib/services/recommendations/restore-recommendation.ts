import type { Db } from "../../db/prisma";
import { RECOMMENDATION_SUBJECT_KIND } from "../../queries/recommendations/list-recommendations";
import { DismissalNotFoundError } from "../../queries/recommendations/recommendation-dismissal-errors";
import { restoreRecommendation as deleteDismissal } from "../../queries/recommendations/restore-recommendation";
import type { ServiceCall } from "../service-context";
import { assertMayDismiss } from "./assert-may-dismiss";
import { assertRecommendationInScope } from "./assert-recommendation-in-scope";

/** Restores a dismissed recommendation of ctx's teams (another team's dismissal reads as missing). */
export async function restoreRecommendation(
  db: Db,
  { ctx, input }: ServiceCall<{ id: string }>,
): Promise<void> {
  assertMayDismiss(ctx);
  const dismissal = await db.dismissal.findFirst({
    where: { id: input.id, subjectKind: RECOMMENDATION_SUBJECT_KIND },
    select: { subjectKey: true },
  });
  if (!dismissal) throw new DismissalNotFoundError(input.id);
  await assertRecommendationInScope(db, ctx, dismissal.subjectKey);
  await deleteDismissal(db, input.id);
}
