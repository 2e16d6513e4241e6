import { clockNow } from "../clock";
import type { Db } from "../db/prisma";
import { killPoint } from "../kill-point";
import { bringCostsUpToDate, type CostsBroughtUpToDate } from "../services/costs/bring-costs-up-to-date";
import type { ImportSummary } from "../services/ingest/import-kube-objects";
import type { ServiceContext } from "../services/service-context";

/**
 * Runs an import, then brings the cluster's costs up to date: the days the import made stale (it
 * recorded them in the cost backlog as it committed), those an earlier run left in the backlog,
 * and the days since the costs were last computed, through today. The same dump imported again
 * changes no object but still completes costs an interrupted run did not compute.
 */
export async function importThenCost(
  db: Db,
  ctx: ServiceContext,
  runImport: () => Promise<ImportSummary>,
): Promise<{ summary: ImportSummary; costs: CostsBroughtUpToDate }> {
  const summary = await runImport();
  killPoint("import:committed");
  const costs = await bringCostsUpToDate(db, {
    ctx,
    input: { now: clockNow(), clusterId: summary.clusterId },
  });
  return { summary, costs };
}
