import { clockNow } from "../../clock";
import { isoDayOf, MS_PER_DAY } from "../../costing/day-window";
import type { Db } from "../../db/prisma";
import type { DataAccessReading } from "../../ingest/data-access/data-access-reading";
import { storeDataAccessReadings } from "../../queries/data-access/store-data-access-readings";
import { recordAudit } from "../audit/record-audit";
import { getClusterByNameOrThrow } from "../clusters/get-cluster-by-name";
import { COST_HISTORY_DAYS } from "../costs/bring-costs-up-to-date";
import { computeCostFacts } from "../costs/compute-cost-facts";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";

export interface TDataAccessImportInput {
  /** The cluster the readings belong to, by name: it must exist (its inventory imported first). */
  cluster: string;
  readings: readonly DataAccessReading[];
}

export interface DataAccessImportSummary {
  cluster: string;
  readings: number;
  /** New readings, or periods whose value the provider has revised since. */
  written: number;
  /** The earliest reading written (ISO time): costs from the day before it were recomputed. */
  earliest: string | null;
}

/**
 * Stores data-access readings (node NFS counters, provider metric exports) and their audit record in
 * one transaction, then recomputes the cluster's costs from the day of the earliest new reading
 * (within the cost history): its data-access facts are priced from them. The same readings again
 * change nothing and record nothing. Importing is an admin's write (the CLI runs as systemContext).
 */
export async function importDataAccessReadings(
  db: Db,
  { ctx, input }: ServiceCall<TDataAccessImportInput>,
): Promise<DataAccessImportSummary> {
  assertRole(ctx, "admin");
  const cluster = await getClusterByNameOrThrow(db, { ctx, input: { name: input.cluster } });
  const { summary, earliest } = await db.$transaction(
    async (tx) => {
      const stored = await storeDataAccessReadings(tx, { clusterId: cluster.id, readings: input.readings });
      const summary: DataAccessImportSummary = {
        cluster: cluster.name,
        readings: stored.read,
        written: stored.written,
        earliest: stored.earliest?.toISOString() ?? null,
      };
      if (stored.written > 0) {
        await recordAudit(tx, ctx, {
          action: "data_access.import",
          targetType: "cluster",
          targetId: cluster.id,
          before: null,
          after: summary,
        });
      }
      return { summary, earliest: stored.earliest };
    },
    { timeout: 10 * 60_000 },
  );
  if (earliest) {
    const now = clockNow();
    const historyStart = now.getTime() - (COST_HISTORY_DAYS - 1) * MS_PER_DAY;
    // A new counter reading also tells what was read since the reading before it, the day before.
    const dayBefore = earliest.getTime() - MS_PER_DAY;
    await computeCostFacts(db, {
      from: isoDayOf(Math.max(dayBefore, historyStart)),
      to: isoDayOf(now),
      now,
      clusterId: cluster.id,
    });
  }
  return summary;
}
