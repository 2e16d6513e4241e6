import { isoDayOf } from "../../costing/day-window";
import type { Db } from "../../db/prisma";
import type { ImportSummary } from "../ingest/import-kube-objects";
import { COST_HISTORY_DAYS } from "./bring-costs-up-to-date";
import { computeCostFacts } from "./compute-cost-facts";

/**
 * Recomputes a cluster's cost facts from the earliest moment an import changed (at most 90 days
 * back) through today. Returns the number of facts written, or null when nothing changed.
 */
export async function recomputeAfterImport(
  db: Db,
  summary: ImportSummary,
  now: Date,
): Promise<number | null> {
  if (!summary.earliestChange || summary.duplicateOf) return null;
  const cluster = await db.cluster.findFirstOrThrow({ where: { name: summary.clusterName } });
  const floor = now.getTime() - COST_HISTORY_DAYS * 86_400_000;
  const from = isoDayOf(Math.max(Date.parse(summary.earliestChange), floor));
  const to = isoDayOf(now);
  if (from > to) return null;
  const result = await computeCostFacts(db, { from, to, now, clusterId: cluster.id });
  return result.facts;
}
