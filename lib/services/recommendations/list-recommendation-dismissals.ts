import type { Db } from "../../db/prisma";
import {
  type RecommendationDismissalsPage,
  listRecommendationDismissals as readDismissals,
} from "../../queries/recommendations/list-recommendation-dismissals";
import { recommendationSubjectNamespace } from "../../queries/recommendations/recommendation-subject-namespace";
import { namespaceVisibility } from "../../queries/scope/namespace-visibility";
import { type ServiceCall, scopedTeamIds } from "../service-context";

export type { RecommendationDismissalsPage } from "../../queries/recommendations/list-recommendation-dismissals";

/**
 * Dismissed recommendations, newest first, one page at a time: for a reader scoped to teams, only
 * their teams' (dismissals are people's decisions, a few hundred at most, so they are filtered whole).
 */
export async function listRecommendationDismissals(
  db: Db,
  { ctx, input }: ServiceCall<{ page: number; pageSize: number }>,
): Promise<RecommendationDismissalsPage> {
  const teamIds = scopedTeamIds(ctx);
  if (teamIds === null) return readDismissals(db, { page: input.page }, input.pageSize);
  const all = await readDismissals(db, { page: 1 }, Number.MAX_SAFE_INTEGER);
  const visible = await namespaceVisibility(db, teamIds);
  const mine = [];
  for (const item of all.items) {
    const subject = await recommendationSubjectNamespace(db, item.subjectKey);
    if (visible(subject.clusterId, subject.namespace)) mine.push(item);
  }
  const start = (input.page - 1) * input.pageSize;
  return {
    items: mine.slice(start, start + input.pageSize),
    page: input.page,
    pageSize: input.pageSize,
    total: mine.length,
  };
}
