import type { Db } from "../../db/prisma";
import { recommendationSubjectNamespace } from "../../queries/recommendations/recommendation-subject-namespace";
import { namespaceVisibility } from "../../queries/scope/namespace-visibility";
import { type ServiceContext, scopedTeamIds } from "../service-context";
import { NotFoundError } from "../service-errors";

/** NotFound unless the subject's namespace is one of ctx's teams' (every subject for scope all). */
export async function assertRecommendationInScope(db: Db, ctx: ServiceContext, subjectKey: string) {
  const teamIds = scopedTeamIds(ctx);
  if (teamIds === null) return;
  const { clusterId, namespace } = await recommendationSubjectNamespace(db, subjectKey);
  const visible = await namespaceVisibility(db, teamIds);
  if (!visible(clusterId, namespace)) throw new NotFoundError(`No recommendation ${subjectKey}`);
}
