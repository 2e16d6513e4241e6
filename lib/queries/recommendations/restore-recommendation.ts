import type { Db } from "../../db/prisma";
import { RECOMMENDATION_SUBJECT_KIND } from "./list-recommendations";
import { DismissalNotFoundError } from "./recommendation-dismissal-errors";

/** Restores a dismissed recommendation: its dismissal goes, and it is listed again. */
export async function restoreRecommendation(db: Db, id: string): Promise<void> {
  const deleted = await db.dismissal.deleteMany({ where: { id, subjectKind: RECOMMENDATION_SUBJECT_KIND } });
  if (deleted.count === 0) throw new DismissalNotFoundError(id);
}
