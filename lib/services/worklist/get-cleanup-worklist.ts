import { buildCleanupWorklist } from "../../costing/worklist/build-cleanup-worklist";
import type { Db } from "../../db/prisma";
import { readRecommendations } from "../../queries/recommendations/list-recommendations";
import { readWasteFindings } from "../../queries/waste/list-waste-findings";
import { type ServiceCall, scopedTeamIds } from "../service-context";

/**
 * Waste and recommendations in the reader's scope as one list, one verdict per volume (waste wins),
 * ranked by money per month; money as exact decimal strings beside their currency.
 */
export async function getCleanupWorklist(db: Db, { ctx, input }: ServiceCall<{ now: Date }>) {
  const teamIds = scopedTeamIds(ctx);
  const [waste, recommendations] = await Promise.all([
    readWasteFindings(db, { now: input.now, teamIds }),
    readRecommendations(db, { now: input.now, teamIds }),
  ]);
  const worklist = buildCleanupWorklist(
    waste.findings.map((f) => f.finding),
    recommendations.recommendations.map((r) => r.recommendation),
  );
  return {
    asOf: input.now.toISOString(),
    totals: worklist.totals.map((t) => ({ currency: t.currency, monthlyValue: t.monthlyValue.toFixed(2) })),
    unpricedCount: worklist.unpricedCount,
    rows: worklist.rows.map((row) => ({ ...row, monthlyValue: row.monthlyValue?.toFixed(2) ?? null })),
  };
}

export type CleanupWorklistResult = Awaited<ReturnType<typeof getCleanupWorklist>>;
