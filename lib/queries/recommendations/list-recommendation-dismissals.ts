import type { Db } from "../../db/prisma";
import type { RecommendationDismissal } from "./dismiss-recommendation";
import { RECOMMENDATION_SUBJECT_KIND } from "./list-recommendations";

export interface RecommendationDismissalsPage {
  items: RecommendationDismissal[];
  page: number;
  pageSize: number;
  total: number;
}

/** Dismissed recommendations, newest first, one page at a time, with their reasons. */
export async function listRecommendationDismissals(
  db: Db,
  params: { page: number },
  pageSize: number,
): Promise<RecommendationDismissalsPage> {
  const where = { subjectKind: RECOMMENDATION_SUBJECT_KIND };
  const [rows, total, clusters] = await Promise.all([
    db.dismissal.findMany({
      where,
      orderBy: [{ dismissedAt: "desc" }, { id: "asc" }],
      skip: (params.page - 1) * pageSize,
      take: pageSize,
    }),
    db.dismissal.count({ where }),
    db.cluster.findMany({ select: { id: true, name: true } }),
  ]);
  const names = new Map(clusters.map((c) => [c.id, c.name]));
  return {
    items: rows.map((row) => ({
      id: row.id,
      rule: row.rule,
      subjectKey: row.subjectKey,
      clusterName: names.get(row.subjectKey.split("/")[0] as string) ?? "(deleted cluster)",
      reason: row.reason,
      dismissedBy: row.dismissedBy,
      dismissedAt: row.dismissedAt.toISOString(),
    })),
    page: params.page,
    pageSize,
    total,
  };
}
