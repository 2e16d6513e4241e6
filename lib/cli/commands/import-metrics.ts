import { readFileSync, statSync } from "node:fs";
import { type Command, InvalidArgumentError, Option } from "commander";
import { clockNow } from "../../clock";
import { isoDayOf } from "../../costing/day-window";
import type { MetricFileFormat } from "../../ingest/metrics/detect-metric-file-format";
import { ImportTally, type MetricImportTotals } from "../../ingest/metrics/import-tally";
import { normalizeSamples } from "../../ingest/metrics/normalize-samples";
import { parseDuration, resolveTimeRange } from "../../ingest/metrics/parse-time";
import { PrometheusClient } from "../../ingest/metrics/prometheus-client";
import { buildPrometheusQueries, type PrometheusQuery } from "../../ingest/metrics/prometheus-queries";
import { readMetricFiles } from "../../ingest/metrics/read-metric-files";
import type { SourceRecord } from "../../ingest/metrics/source-record";
import type { QueryWindow } from "../../ingest/metrics/split-query-range";
import { getClusterByNameOrThrow } from "../../queries/clusters/get-cluster-by-name-or-throw";
import { storeMetricSamples } from "../../queries/metrics/store-metric-samples";
import { COST_HISTORY_DAYS } from "../../services/costs/bring-costs-up-to-date";
import { computeCostFacts } from "../../services/costs/compute-cost-facts";
import {
  formatMetricImportSummary,
  type MetricImportSource,
  type MetricImportSummary,
} from "../format-metric-import-summary";
import { cliPath, cliPaths } from "../forwarding/cli-path";
import { parseTime } from "../parse-time";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

interface ImportMetricsOptions {
  cluster: string;
  prometheus?: string;
  from?: Date;
  to?: Date;
  step: number;
  selector?: string;
  bearerToken?: string;
  bearerTokenFile?: string;
  file?: string[];
  at?: Date;
  skipInvalid?: boolean;
  format: "table" | "json";
}

const DEFAULT_STEP_MS = 5 * 60_000;

function parseStep(value: string): number {
  const ms = parseDuration(value);
  if (ms === undefined || ms <= 0)
    throw new InvalidArgumentError("Expected a duration (30s, 5m, 1h) or seconds.");
  return ms;
}

function checkOptions(options: ImportMetricsOptions): void {
  const files = options.file ?? [];
  if (options.prometheus && files.length > 0) throw new Error("give either --prometheus or --file, not both");
  if (!options.prometheus && files.length === 0) throw new Error("give --prometheus URL or --file PATH...");
  const apiOnly = {
    from: options.from,
    to: options.to,
    selector: options.selector,
    "bearer-token": options.bearerToken,
  };
  if (files.length > 0) {
    for (const [name, value] of Object.entries({
      ...apiOnly,
      "bearer-token-file": options.bearerTokenFile,
    })) {
      if (value !== undefined) throw new Error(`--${name} applies to --prometheus, not to --file`);
    }
  }
  if (options.prometheus && options.at)
    throw new Error("--at applies to --file (a scrape without timestamps)");
  if (options.bearerToken && options.bearerTokenFile) {
    throw new Error("give either --bearer-token or --bearer-token-file, not both");
  }
  for (const file of files) {
    try {
      if (!statSync(file).isFile()) throw new Error("not a file");
    } catch (error) {
      throw new Error(`cannot read ${file}: ${(error as Error).message}`);
    }
  }
}

function bearerToken(options: ImportMetricsOptions): string | undefined {
  if (!options.bearerTokenFile) return options.bearerToken;
  const token = readFileSync(options.bearerTokenFile, "utf8").trim();
  if (!token) throw new Error(`${options.bearerTokenFile} is empty: expected a bearer token`);
  return token;
}

/** Progress on stderr: a self-updating line on a terminal, a line every 10 s otherwise. */
function progressReporter(): { report: (totals: MetricImportTotals) => void; done: () => void } {
  const tty = process.stderr.isTTY;
  const interval = tty ? 250 : 10_000;
  let last = performance.now();
  return {
    report: (totals) => {
      const now = performance.now();
      if (now - last < interval) return;
      last = now;
      const line = `Read ${totals.read.toLocaleString("en-US")} samples, stored ${totals.samples.new.toLocaleString("en-US")} new…`;
      process.stderr.write(tty ? `\r${line}\x1b[K` : `${line}\n`);
    },
    done: () => {
      if (tty) process.stderr.write("\r\x1b[K");
    },
  };
}

async function* prometheusRecords(
  client: PrometheusClient,
  queries: PrometheusQuery[],
  window: QueryWindow,
): AsyncGenerator<SourceRecord> {
  for (const query of queries) yield* client.queryRange(query, window);
}

async function importMetrics(options: ImportMetricsOptions): Promise<void> {
  checkOptions(options);
  const tally = new ImportTally();
  let records: AsyncIterable<SourceRecord>;
  let source: MetricImportSource;
  if (options.prometheus) {
    const { startMs, endMs } = resolveTimeRange({
      fromMs: options.from?.getTime(),
      toMs: options.to?.getTime(),
      nowMs: Date.now(),
    });
    const window = { startMs, endMs, stepMs: options.step };
    // The client checks the URL and the token file is read now, before the database is opened.
    const client = new PrometheusClient({
      url: options.prometheus,
      fetch,
      bearerToken: bearerToken(options),
      onWarning: (warning) => tally.warn(warning),
    });
    const queries = buildPrometheusQueries({ stepMs: options.step, selector: options.selector });
    records = prometheusRecords(client, queries, window);
    source = {
      kind: "prometheus",
      url: options.prometheus,
      from: new Date(startMs).toISOString(),
      to: new Date(endMs).toISOString(),
      stepSeconds: options.step / 1000,
      queries: queries.length,
    };
  } else {
    const files: { path: string; format: MetricFileFormat }[] = [];
    records = readMetricFiles(options.file ?? [], {
      atMs: options.at?.getTime(),
      onWarning: (warning) => tally.warn(warning),
      onFile: (path, format) => files.push({ path, format }),
    });
    source = { kind: "files", files };
  }
  const progress = progressReporter();
  const summary: MetricImportSummary = await withPrisma(async (db) => {
    const cluster = await getClusterByNameOrThrow(db, options.cluster);
    const totals = await storeMetricSamples(db, {
      clusterId: cluster.id,
      events: normalizeSamples(records),
      skipInvalid: options.skipInvalid,
      tally,
      onProgress: progress.report,
    });
    // Stored bytes price usage-billed storage and size snapshots: recompute the cost history.
    if (totals.samples.new > 0) {
      const now = clockNow();
      await computeCostFacts(db, {
        from: isoDayOf(now.getTime() - (COST_HISTORY_DAYS - 1) * 86_400_000),
        to: isoDayOf(now),
        now,
        clusterId: cluster.id,
      });
    }
    return { clusterName: cluster.name, source, ...totals };
  }).finally(progress.done);
  console.log(
    options.format === "json" ? JSON.stringify(summary, null, 2) : formatMetricImportSummary(summary),
  );
}

export function registerImportMetricsCommand(importCommand: Command) {
  importCommand
    .command("metrics")
    .description(
      "import volume usage, GPU utilisation, I/O pressure and disk throughput from Prometheus or files",
    )
    .requiredOption(
      "--cluster <name>",
      "the cluster the metrics belong to (it must exist: import its inventory first)",
    )
    .option("--prometheus <url>", "a Prometheus server's base URL: its query_range API is read")
    .option("--from <time>", "start, RFC 3339 or Unix seconds (default: 24 h before --to)", parseTime)
    .option("--to <time>", "end, RFC 3339 or Unix seconds (default: now)", parseTime)
    .addOption(
      new Option("--step <duration>", "resolution: 30s, 5m, 1h, or seconds")
        .argParser(parseStep)
        .default(DEFAULT_STEP_MS, "5m"),
    )
    .option("--selector <matchers>", 'label matchers added to every query, e.g. cluster="prod"')
    .option("--bearer-token <token>", "sent as Authorization: Bearer <token>")
    .option(
      "--bearer-token-file <path>",
      "read the bearer token from a file (e.g. a service account token)",
      cliPath,
    )
    .option(
      "--file <paths...>",
      "exposition text (.prom, .txt), query_range/query JSON (.json) or metrics CSV (.csv)",
      cliPaths,
    )
    .option("--at <time>", "when a scrape without timestamps was taken (RFC 3339 or Unix seconds)", parseTime)
    .option("--skip-invalid", "skip invalid lines and report them with reasons, instead of failing")
    .addOption(new Option("--format <format>", "summary format").choices(["table", "json"]).default("table"))
    .action(runAction((options: ImportMetricsOptions) => importMetrics(options)));
}
