import { z } from "zod";
import { RECOMMENDATION_RULES } from "../../costing/recommendations/recommendation-rules";
import type { Db } from "../../db/prisma";
import { RECOMMENDATION_SUBJECT_KIND } from "./list-recommendations";
import { DismissalInputError } from "./recommendation-dismissal-errors";

/** POST /api/v1/recommendations/dismissals: which recommendation, and why. */
export const ZDismissRecommendation = z.object({
  rule: z.enum(RECOMMENDATION_RULES),
  /** `<cluster id>/<kind>/<key>`, as each recommendation gives it (a workload's key may hold slashes). */
  subjectKey: z
    .string()
    .trim()
    .max(1000)
    .regex(/^[0-9a-f-]{36}\/[A-Za-z]+\/\S+$/, "<cluster id>/<kind>/<key>, as the recommendation gives it"),
  reason: z.string().trim().min(1, "say why: the reason is kept with the dismissal").max(1000),
  dismissedBy: z.string().trim().min(1).max(200).default("web"),
});
export type TDismissRecommendation = z.input<typeof ZDismissRecommendation>;

export interface RecommendationDismissal {
  id: string;
  rule: string;
  subjectKey: string;
  clusterName: string;
  reason: string;
  dismissedBy: string;
  dismissedAt: string;
}

/**
 * Dismisses a recommendation with its reason, in the organisation of the cluster it names.
 * Dismissing it again replaces the reason.
 */
export async function dismissRecommendation(
  db: Db,
  input: z.output<typeof ZDismissRecommendation>,
  now: Date,
): Promise<RecommendationDismissal> {
  const clusterId = input.subjectKey.split("/")[0] as string;
  const cluster = await db.cluster.findUnique({
    where: { id: clusterId },
    select: { orgId: true, name: true },
  });
  if (!cluster) throw new DismissalInputError(`subjectKey: no cluster with id ${clusterId}`);
  const key = {
    orgId: cluster.orgId,
    subjectKind: RECOMMENDATION_SUBJECT_KIND,
    rule: input.rule,
    subjectKey: input.subjectKey,
  };
  const row = await db.dismissal.upsert({
    where: { orgId_subjectKind_rule_subjectKey: key },
    create: { ...key, reason: input.reason, dismissedBy: input.dismissedBy, dismissedAt: now },
    update: { reason: input.reason, dismissedBy: input.dismissedBy, dismissedAt: now },
  });
  return {
    id: row.id,
    rule: row.rule,
    subjectKey: row.subjectKey,
    clusterName: cluster.name,
    reason: row.reason,
    dismissedBy: row.dismissedBy,
    dismissedAt: row.dismissedAt.toISOString(),
  };
}
