import { clockNow } from "../../clock";
import type { Db } from "../../db/prisma";
import { ImportTally, type MetricImportTotals } from "../../ingest/metrics/import-tally";
import { InvalidMetricRecordError, type SourceRecord } from "../../ingest/metrics/source-record";
import { PushBodyError, PushTooLargeError } from "../../ingest/push/push-errors";
import {
  ClusterNotFoundError,
  getClusterByNameOrThrow,
} from "../../queries/clusters/get-cluster-by-name-or-throw";
import { assertCollectorFor } from "../identity/assert-collector-for";
import type { ServiceCall } from "../service-context";
import { InvalidInputError, NotFoundError, PayloadTooLargeError } from "../service-errors";
import { importMetricRecords } from "./import-metric-records";

export interface PushedMetrics {
  clusterName: string;
  /** sha256 of the uncompressed body as the collector announced it (the reader checks it). */
  contentSha256: string;
  /** Read lazily: not at all when the same body was stored before. */
  records: () => AsyncIterable<SourceRecord>;
  skipInvalid: boolean;
  /** Who pushed (the collector's token name and user agent). */
  sourceRef: string;
}

export type PushedMetricsSummary =
  | ({ clusterName: string; pushId: string } & MetricImportTotals)
  | { clusterName: string; duplicateOf: string };

/**
 * Stores what a collector read from its cluster's Prometheus, through the same import as `import
 * metrics`, in one transaction. The same body twice (same hash) is recognised before it is read and
 * changes nothing; were the record of a push lost, its samples would still be stored only once.
 */
export async function ingestPushedMetrics(
  db: Db,
  { ctx, input }: ServiceCall<PushedMetrics>,
): Promise<PushedMetricsSummary> {
  assertCollectorFor(ctx, input.clusterName);
  let cluster: Awaited<ReturnType<typeof getClusterByNameOrThrow>>;
  try {
    cluster = await getClusterByNameOrThrow(db, input.clusterName);
  } catch (error) {
    if (error instanceof ClusterNotFoundError) {
      throw new NotFoundError(
        `No cluster named "${input.clusterName}": push its observations before its metrics`,
      );
    }
    throw error;
  }
  const storedBefore = () =>
    db.metricPush.findUnique({
      where: { clusterId_contentSha256: { clusterId: cluster.id, contentSha256: input.contentSha256 } },
      select: { id: true },
    });
  const stored = await storedBefore();
  if (stored) return { clusterName: cluster.name, duplicateOf: stored.id };
  let totals: MetricImportTotals;
  try {
    totals = await importMetricRecords(db, {
      ctx,
      input: {
        clusterId: cluster.id,
        records: input.records(),
        skipInvalid: input.skipInvalid,
        tally: new ImportTally(),
      },
    });
  } catch (error) {
    if (error instanceof PushTooLargeError) throw new PayloadTooLargeError(error.message);
    if (error instanceof PushBodyError || error instanceof InvalidMetricRecordError) {
      throw new InvalidInputError(error.message);
    }
    throw error;
  }
  // Two identical pushes at once both store (their samples once): the first record wins.
  const [push] = await db.metricPush.createManyAndReturn({
    data: {
      clusterId: cluster.id,
      contentSha256: input.contentSha256,
      sourceRef: input.sourceRef,
      samplesRead: totals.read,
      samplesNew: totals.samples.new,
      receivedAt: clockNow(),
    },
    skipDuplicates: true,
  });
  const pushId = push?.id ?? (await storedBefore())?.id;
  if (!pushId) throw new Error(`the metrics push of ${cluster.name} was stored but not recorded`);
  return { clusterName: cluster.name, pushId, ...totals };
}
