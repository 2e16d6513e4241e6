import { clockNow } from "../../clock";
import { isoDayOf } from "../../costing/day-window";
import type { Db } from "../../db/prisma";
import type { DataAccessReading } from "../../ingest/data-access/data-access-reading";
import {
  type StoredReadings,
  storeDataAccessReadings,
} from "../../queries/data-access/store-data-access-readings";
import { COST_HISTORY_DAYS } from "../costs/bring-costs-up-to-date";
import { computeCostFacts } from "../costs/compute-cost-facts";

/**
 * Stores data-access readings (node NFS counters, provider metric exports) in one transaction, then
 * recomputes the cluster's costs from the day of the earliest new reading (within the cost
 * history): its data-access facts are priced from them. The same readings again change nothing.
 */
export async function importDataAccessReadings(
  db: Db,
  input: { clusterId: string; readings: readonly DataAccessReading[] },
): Promise<StoredReadings> {
  const stored = await db.$transaction((tx) => storeDataAccessReadings(tx, input), { timeout: 10 * 60_000 });
  if (stored.earliest) {
    const now = clockNow();
    const historyStart = now.getTime() - (COST_HISTORY_DAYS - 1) * 86_400_000;
    // A new counter reading also tells what was read since the reading before it, the day before.
    const dayBefore = stored.earliest.getTime() - 86_400_000;
    await computeCostFacts(db, {
      from: isoDayOf(Math.max(dayBefore, historyStart)),
      to: isoDayOf(now),
      now,
      clusterId: input.clusterId,
    });
  }
  return stored;
}
