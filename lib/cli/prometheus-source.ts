import { readFileSync } from "node:fs";
import { type Command, InvalidArgumentError, Option } from "commander";
import type { ImportTally } from "../ingest/metrics/import-tally";
import { parseDuration, resolveTimeRange } from "../ingest/metrics/parse-time";
import { PrometheusClient } from "../ingest/metrics/prometheus-client";
import { buildPrometheusQueries } from "../ingest/metrics/prometheus-queries";
import type { SourceRecord } from "../ingest/metrics/source-record";
import type { MetricImportSource } from "./format-metric-import-summary";
import { cliPath } from "./forwarding/cli-path";
import { parseTime } from "./parse-time";

/** What `import metrics --prometheus` and `collect --prometheus` read: the same queries, the same way. */
export interface PrometheusRangeOptions {
  from?: Date;
  to?: Date;
  step: number;
  selector?: string;
  bearerToken?: string;
  bearerTokenFile?: string;
}

const DEFAULT_STEP_MS = 5 * 60_000;

function parseStep(value: string): number {
  const ms = parseDuration(value);
  if (ms === undefined || ms <= 0)
    throw new InvalidArgumentError("Expected a duration (30s, 5m, 1h) or seconds.");
  return ms;
}

/** The options of a Prometheus read, after the command's own `--prometheus <url>`. */
export function addPrometheusRangeOptions(command: Command): Command {
  return command
    .option("--from <time>", "start, RFC 3339 or Unix seconds (default: 24 h before --to)", parseTime)
    .option("--to <time>", "end, RFC 3339 or Unix seconds (default: now)", parseTime)
    .addOption(
      new Option("--step <duration>", "resolution: 30s, 5m, 1h, or seconds")
        .argParser(parseStep)
        .default(DEFAULT_STEP_MS, "5m"),
    )
    .option("--selector <matchers>", 'label matchers added to every query, e.g. cluster="prod"')
    .option("--bearer-token <token>", "sent to Prometheus as Authorization: Bearer <token>")
    .option(
      "--bearer-token-file <path>",
      "read Prometheus's bearer token from a file (e.g. a service account token)",
      cliPath,
    );
}

/** The range options that mean nothing without --prometheus, by option name. */
export function prometheusOnlyOptions(options: PrometheusRangeOptions): Record<string, unknown> {
  return {
    from: options.from,
    to: options.to,
    selector: options.selector,
    "bearer-token": options.bearerToken,
    "bearer-token-file": options.bearerTokenFile,
  };
}

function bearerToken(options: PrometheusRangeOptions): string | undefined {
  if (options.bearerToken && options.bearerTokenFile) {
    throw new Error("give either --bearer-token or --bearer-token-file, not both");
  }
  if (!options.bearerTokenFile) return options.bearerToken;
  const token = readFileSync(options.bearerTokenFile, "utf8").trim();
  if (!token) throw new Error(`${options.bearerTokenFile} is empty: expected a bearer token`);
  return token;
}

/**
 * The records a Prometheus server's query_range API gives for every metric Tierscope keeps, over the
 * range asked for (default: the last 24 h). The URL is checked and the token file read now; the
 * queries run as the records are consumed.
 */
export function readPrometheus(
  url: string,
  options: PrometheusRangeOptions,
  tally: ImportTally,
): { records: AsyncIterable<SourceRecord>; source: MetricImportSource } {
  const { startMs, endMs } = resolveTimeRange({
    fromMs: options.from?.getTime(),
    toMs: options.to?.getTime(),
    nowMs: Date.now(),
  });
  const window = { startMs, endMs, stepMs: options.step };
  const client = new PrometheusClient({
    url,
    fetch,
    bearerToken: bearerToken(options),
    onWarning: (warning) => tally.warn(warning),
  });
  const queries = buildPrometheusQueries({ stepMs: options.step, selector: options.selector });
  async function* records(): AsyncGenerator<SourceRecord> {
    for (const query of queries) yield* client.queryRange(query, window);
  }
  return {
    records: records(),
    source: {
      kind: "prometheus",
      url,
      from: new Date(startMs).toISOString(),
      to: new Date(endMs).toISOString(),
      stepSeconds: options.step / 1000,
      queries: queries.length,
    },
  };
}
