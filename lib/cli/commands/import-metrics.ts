import { statSync } from "node:fs";
import { type Command, Option } from "commander";
import type { MetricFileFormat } from "../../ingest/metrics/detect-metric-file-format";
import { ImportTally, type MetricImportTotals } from "../../ingest/metrics/import-tally";
import { readMetricFiles } from "../../ingest/metrics/read-metric-files";
import type { SourceRecord } from "../../ingest/metrics/source-record";
import { getClusterByNameOrThrow } from "../../services/clusters/get-cluster-by-name";
import { importMetricRecords } from "../../services/ingest/import-metric-records";
import { systemContext } from "../../services/service-context";
import {
  formatMetricImportSummary,
  type MetricImportSource,
  type MetricImportSummary,
} from "../format-metric-import-summary";
import { cliPaths } from "../forwarding/cli-path";
import { parseTime } from "../parse-time";
import {
  addPrometheusRangeOptions,
  type PrometheusRangeOptions,
  prometheusOnlyOptions,
  readPrometheus,
} from "../prometheus-source";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

interface ImportMetricsOptions extends PrometheusRangeOptions {
  cluster: string;
  prometheus?: string;
  file?: string[];
  at?: Date;
  skipInvalid?: boolean;
  format: "table" | "json";
}

function checkOptions(options: ImportMetricsOptions): void {
  const files = options.file ?? [];
  if (options.prometheus && files.length > 0) throw new Error("give either --prometheus or --file, not both");
  if (!options.prometheus && files.length === 0) throw new Error("give --prometheus URL or --file PATH...");
  if (files.length > 0) {
    for (const [name, value] of Object.entries(prometheusOnlyOptions(options))) {
      if (value !== undefined) throw new Error(`--${name} applies to --prometheus, not to --file`);
    }
  }
  if (options.prometheus && options.at)
    throw new Error("--at applies to --file (a scrape without timestamps)");
  for (const file of files) {
    try {
      if (!statSync(file).isFile()) throw new Error("not a file");
    } catch (error) {
      throw new Error(`cannot read ${file}: ${(error as Error).message}`);
    }
  }
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

async function importMetrics(options: ImportMetricsOptions): Promise<void> {
  checkOptions(options);
  const tally = new ImportTally();
  let records: AsyncIterable<SourceRecord>;
  let source: MetricImportSource;
  if (options.prometheus) {
    ({ records, source } = readPrometheus(options.prometheus, options, tally));
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
    const ctx = systemContext("import metrics");
    const cluster = await getClusterByNameOrThrow(db, { ctx, input: { name: options.cluster } });
    const totals = await importMetricRecords(db, {
      ctx,
      input: {
        clusterId: cluster.id,
        records,
        skipInvalid: options.skipInvalid,
        tally,
        onProgress: progress.report,
      },
    });
    return { clusterName: cluster.name, source, ...totals };
  }).finally(progress.done);
  console.log(
    options.format === "json" ? JSON.stringify(summary, null, 2) : formatMetricImportSummary(summary),
  );
}

export function registerImportMetricsCommand(importCommand: Command) {
  const command = importCommand
    .command("metrics")
    .description(
      "import volume usage, GPU utilisation, I/O pressure and disk throughput from Prometheus or files",
    )
    .requiredOption(
      "--cluster <name>",
      "the cluster the metrics belong to (it must exist: import its inventory first)",
    )
    .option("--prometheus <url>", "a Prometheus server's base URL: its query_range API is read");
  addPrometheusRangeOptions(command)
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
