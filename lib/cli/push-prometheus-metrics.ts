import path from "node:path";
import { ImportTally } from "../ingest/metrics/import-tally";
import type { SourceRecord } from "../ingest/metrics/source-record";
import { type MetricPushLine, toMetricPushLine } from "../ingest/push/metric-push-line";
import { CONTENT_SHA256_HEADER, PUSH_CONTENT_TYPE, SKIP_INVALID_HEADER } from "../ingest/push/push-protocol";
import { pushWithRetry } from "../ingest/push/push-with-retry";
import { writeGzipLines } from "../ingest/push/write-gzip-lines";
import type { PushedMetricsSummary } from "../services/ingest/ingest-pushed-metrics";
import { formatMetricImportSummary } from "./format-metric-import-summary";
import { type PrometheusRangeOptions, readPrometheus } from "./prometheus-source";

export interface MetricsPush extends PrometheusRangeOptions {
  prometheus: string;
  skipInvalid?: boolean;
  /** The metrics push URL, the collector token, and where the body may be written. */
  url: string;
  token: string;
  cluster: string;
  scratch: string;
  attempts: number;
  onRetry: (attempt: number, waitMs: number, reason: string) => void;
}

async function* pushLines(records: AsyncIterable<SourceRecord>): AsyncGenerator<MetricPushLine> {
  for await (const record of records) yield toMetricPushLine(record);
}

/**
 * Reads the cluster's Prometheus as `import metrics --prometheus` does, into a compressed file, then
 * pushes it to the server (retried while the server is away). Returns the server's answer and the
 * report to print: the summary `import metrics` prints, or that it was stored before.
 */
export async function pushPrometheusMetrics(
  push: MetricsPush,
): Promise<{ answer: PushedMetricsSummary; report: string }> {
  const tally = new ImportTally();
  const { records, source } = readPrometheus(push.prometheus, push, tally);
  const file = path.join(push.scratch, "metrics.ndjson.gz");
  const body = await writeGzipLines(pushLines(records), file);
  for (const warning of tally.totals().warnings) console.error(`Prometheus: ${warning}`);
  console.error(
    `Read ${body.lines.toLocaleString("en-US")} metric records (${body.compressedBytes.toLocaleString("en-US")} bytes compressed); pushing to ${push.url}`,
  );
  const { body: answer } = await pushWithRetry({
    url: push.url,
    file,
    headers: {
      authorization: `Bearer ${push.token}`,
      "content-type": PUSH_CONTENT_TYPE,
      "content-encoding": "gzip",
      "user-agent": `tierscope-collect/${push.cluster}`,
      [CONTENT_SHA256_HEADER]: body.contentSha256,
      [SKIP_INVALID_HEADER]: String(push.skipInvalid === true),
    },
    attempts: push.attempts,
    fetch,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    onRetry: push.onRetry,
  });
  const summary = answer as PushedMetricsSummary;
  const report =
    "duplicateOf" in summary
      ? `Metrics: already stored (push ${summary.duplicateOf}): nothing changed.`
      : formatMetricImportSummary({ ...summary, source });
  return { answer: summary, report };
}
