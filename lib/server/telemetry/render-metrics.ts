import type { OperationalCounts } from "../../queries/telemetry/read-operational-counts";
import { type DurationHistogram, formatLabels } from "./duration-histogram";

function family(
  name: string,
  type: "gauge" | "counter",
  help: string,
  samples: [Record<string, string>, number][],
) {
  const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`];
  for (const [labels, value] of samples) {
    const key = formatLabels(labels);
    lines.push(`${name}${key ? `{${key}}` : ""} ${value}`);
  }
  return lines.join("\n");
}

/** The /metrics page: Prometheus text exposition format 0.0.4. */
export function renderMetrics(input: {
  requests: DurationHistogram;
  counts: OperationalCounts;
  memory: NodeJS.MemoryUsage;
  inFlightRequests: number;
}): string {
  const { counts } = input;
  return [
    input.requests.render().trimEnd(),
    family("tierscope_http_requests_in_flight", "gauge", "Requests this process is serving now.", [
      [{}, input.inFlightRequests],
    ]),
    family(
      "tierscope_imports_total",
      "counter",
      "Inventory imports (observations) by cluster, source and result, from every process.",
      counts.imports.map((row) => [
        { cluster: row.cluster, source: row.source, result: row.status },
        row.count,
      ]),
    ),
    family(
      "tierscope_last_successful_import_timestamp_seconds",
      "gauge",
      "When each cluster's latest completed import finished (Unix time).",
      counts.lastSuccessfulImport.map((row) => [{ cluster: row.cluster }, row.finishedAt.getTime() / 1000]),
    ),
    family(
      "tierscope_metric_pushes_total",
      "counter",
      "Metrics pushes stored (collector --prometheus) by cluster, from every process.",
      counts.metricPushes.map((row) => [{ cluster: row.cluster }, row.count]),
    ),
    family(
      "tierscope_last_metric_push_timestamp_seconds",
      "gauge",
      "When each cluster's latest stored metrics push arrived (Unix time).",
      counts.metricPushes.map((row) => [{ cluster: row.cluster }, row.lastReceivedAt.getTime() / 1000]),
    ),
    family(
      "tierscope_job_queue_depth",
      "gauge",
      "Jobs waiting (created, retry) or running (active) in the job queue.",
      counts.jobs.map((row) => [{ queue: row.queue, state: row.state }, row.count]),
    ),
    family(
      "tierscope_digest_sends_total",
      "counter",
      "Email digest sends by status.",
      counts.digestSends.map((row) => [{ status: row.status }, row.count]),
    ),
    family(
      "tierscope_alert_deliveries_total",
      "counter",
      "Alert notifications by channel kind and status (sent, logged, retrying, failed, ...).",
      counts.alertDeliveries.map((row) => [{ channel: row.channel, status: row.status }, row.count]),
    ),
    family("tierscope_process_resident_memory_bytes", "gauge", "Resident memory of this process.", [
      [{}, input.memory.rss],
    ]),
    family("tierscope_process_heap_used_bytes", "gauge", "V8 heap in use in this process.", [
      [{}, input.memory.heapUsed],
    ]),
  ]
    .join("\n\n")
    .concat("\n");
}
