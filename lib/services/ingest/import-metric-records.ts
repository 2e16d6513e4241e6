import { clockNow } from "../../clock";
import { isoDayOf, MS_PER_DAY } from "../../costing/day-window";
import type { Db } from "../../db/prisma";
import type { ImportTally, MetricImportTotals } from "../../ingest/metrics/import-tally";
import { normalizeSamples } from "../../ingest/metrics/normalize-samples";
import type { SourceRecord } from "../../ingest/metrics/source-record";
import { storeMetricSamples } from "../../queries/metrics/store-metric-samples";
import { COST_HISTORY_DAYS } from "../costs/bring-costs-up-to-date";
import { computeCostFacts } from "../costs/compute-cost-facts";
import type { ServiceCall } from "../service-context";

export interface MetricRecordsInput {
  clusterId: string;
  records: AsyncIterable<SourceRecord>;
  skipInvalid?: boolean;
  tally: ImportTally;
  onProgress?: (totals: MetricImportTotals) => void;
}

/**
 * Stores metric records read from files, a Prometheus server or a collector's push (one transaction;
 * a sample already stored is not stored again), then recomputes the cost history the new samples
 * touch: stored bytes price usage-billed storage and size snapshots. `import metrics` and the
 * metrics push both come through here.
 */
export async function importMetricRecords(
  db: Db,
  { input }: ServiceCall<MetricRecordsInput>,
): Promise<MetricImportTotals> {
  const totals = await storeMetricSamples(db, {
    clusterId: input.clusterId,
    events: normalizeSamples(input.records),
    skipInvalid: input.skipInvalid,
    tally: input.tally,
    onProgress: input.onProgress,
  });
  if (totals.samples.new > 0) {
    const now = clockNow();
    await computeCostFacts(db, {
      from: isoDayOf(now.getTime() - (COST_HISTORY_DAYS - 1) * MS_PER_DAY),
      to: isoDayOf(now),
      now,
      clusterId: input.clusterId,
    });
  }
  return totals;
}
