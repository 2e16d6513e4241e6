import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { keepHeapUnderCeiling } from "../../heap-ceiling";
import { ImportTally, type MetricImportTotals } from "../../ingest/metrics/import-tally";
import type { NormalizedEvent } from "../../ingest/metrics/normalize-samples";
import type { SeriesIdentity } from "../../ingest/metrics/normalize-series-labels";
import { InvalidMetricRecordError } from "../../ingest/metrics/source-record";
import { insertMetricSamples } from "./insert-metric-samples";
import { type SeriesRef, seriesMapKey, upsertMetricSeries } from "./upsert-metric-series";

/** Samples per statement: big enough that round trips do not dominate, small enough to stream. */
export const SAMPLE_BATCH = 5000;

/**
 * An import runs for as long as its input takes to read (a year from a remote Prometheus), all
 * in one transaction; the cap only stops a hung import holding the transaction forever.
 */
const TRANSACTION_TIMEOUT_MS = 24 * 3_600_000;

export interface StoreMetricSamplesInput {
  clusterId: string;
  events: AsyncIterable<NormalizedEvent>;
  /** Skip invalid records (counted and listed) instead of failing the import on the first one. */
  skipInvalid?: boolean;
  batchSize?: number;
  /** Counts go here; pass one to add warnings from the source as they come. */
  tally?: ImportTally;
  onProgress?: (totals: MetricImportTotals) => void;
}

interface Pending {
  key: string;
  series: SeriesIdentity;
  atMs: number;
  value: number;
}

/**
 * Stores a stream of normalised samples in one transaction: every series found or created, every
 * sample inserted once (a re-import stores nothing twice). The first invalid record, unless
 * skipInvalid, fails the import and nothing is written.
 */
export async function storeMetricSamples(
  db: Db,
  input: StoreMetricSamplesInput,
): Promise<MetricImportTotals> {
  const tally = input.tally ?? new ImportTally();
  const batchSize = input.batchSize ?? SAMPLE_BATCH;
  await db.$transaction(
    async (tx) => {
      const seriesIds = new Map<string, SeriesRef>();
      let pending: Pending[] = [];
      const flush = async () => {
        if (pending.length === 0) return;
        await writeBatch(tx, input.clusterId, pending, seriesIds, tally);
        pending = [];
        keepHeapUnderCeiling();
        input.onProgress?.(tally.totals());
      };
      for await (const event of input.events) {
        tally.read++;
        switch (event.kind) {
          case "sample":
            pending.push({
              key: seriesMapKey(event.series.metric, event.series.seriesKey),
              series: event.series,
              atMs: event.atMs,
              value: event.value,
            });
            if (pending.length >= batchSize) await flush();
            break;
          case "repeat":
            tally.stored(event.metric, 0, 1);
            break;
          case "skipped":
            tally.skip(event.metric, event.reason);
            break;
          case "ignored":
            tally.ignore(event.sourceMetric);
            break;
          case "invalid":
            if (!input.skipInvalid) throw new InvalidMetricRecordError(event.record);
            tally.invalid(event.record, event.metric);
        }
      }
      await flush();
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 60_000 },
  );
  return tally.totals();
}

async function writeBatch(
  tx: Prisma.TransactionClient,
  clusterId: string,
  pending: Pending[],
  seriesIds: Map<string, SeriesRef>,
  tally: ImportTally,
): Promise<void> {
  const unknown = new Map<string, SeriesIdentity>();
  for (const sample of pending) {
    if (!seriesIds.has(sample.key)) unknown.set(sample.key, sample.series);
  }
  if (unknown.size > 0) {
    const refs = await upsertMetricSeries(tx, clusterId, [...unknown.values()]);
    for (const [key, series] of unknown) {
      const ref = refs.get(key);
      if (!ref) throw new Error(`Could not find or create the series ${series.metric} ${series.seriesKey}`);
      seriesIds.set(key, ref);
      tally.series(ref.metric, ref.created);
    }
  }
  const rows = pending.map((sample) => ({
    seriesId: (seriesIds.get(sample.key) as SeriesRef).id,
    atMs: sample.atMs,
    value: sample.value,
  }));
  const inserted = await insertMetricSamples(tx, clusterId, rows);
  const offered = new Map<string, { ref: SeriesRef; count: number }>();
  for (const sample of pending) {
    const ref = seriesIds.get(sample.key) as SeriesRef;
    const entry = offered.get(ref.id) ?? { ref, count: 0 };
    entry.count++;
    offered.set(ref.id, entry);
  }
  for (const [seriesId, { ref, count }] of offered) {
    const stored = inserted.get(seriesId) ?? 0;
    tally.stored(ref.metric, stored, count - stored);
  }
}
