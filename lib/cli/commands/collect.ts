import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Command } from "commander";
import {
  CONTENT_SHA256_HEADER,
  KIND_OUTCOMES_HEADER,
  OBSERVED_AT_HEADER,
  PUSH_CONTENT_TYPE,
} from "../../ingest/push/push-protocol";
import { pushWithRetry } from "../../ingest/push/push-with-retry";
import { writePushBody } from "../../ingest/push/write-push-body";
import type { CostsBroughtUpToDate } from "../../services/costs/bring-costs-up-to-date";
import type { ImportSummary } from "../../services/ingest/import-kube-objects";
import {
  type LiveClusterOptions,
  listLiveCluster,
  loadKubeConfig,
  positiveInteger,
} from "../live-cluster-listing";
import { printImportSummary } from "../print-import-summary";
import {
  addPrometheusRangeOptions,
  type PrometheusRangeOptions,
  prometheusOnlyOptions,
} from "../prometheus-source";
import { pushPrometheusMetrics } from "../push-prometheus-metrics";
import { runAction } from "../run-action";

interface CollectOptions extends LiveClusterOptions, PrometheusRangeOptions {
  server: string;
  prometheus?: string;
  skipInvalid?: boolean;
  tokenFile: string;
  cluster: string;
  attempts: number;
  format: "table" | "json";
}

function readToken(file: string): string {
  let token: string;
  try {
    token = readFileSync(file, "utf8").trim();
  } catch (error) {
    throw new Error(`--token-file ${file}: ${(error as Error).message}`);
  }
  if (!token) throw new Error(`--token-file ${file} is empty: expected a collector token`);
  return token;
}

function pushUrl(server: string, cluster: string, what: "observations" | "metrics"): string {
  let base: URL;
  try {
    base = new URL(server);
  } catch {
    throw new Error(`--server ${server}: not a URL (expected http(s)://host[:port])`);
  }
  return new URL(
    `api/v1/clusters/${encodeURIComponent(cluster)}/${what}`,
    `${base.href.replace(/\/?$/, "/")}`,
  ).href;
}

function checkOptions(options: CollectOptions): void {
  if (options.prometheus) return;
  const given = { ...prometheusOnlyOptions(options), "skip-invalid": options.skipInvalid };
  for (const [name, value] of Object.entries(given)) {
    if (value !== undefined) throw new Error(`--${name} applies to --prometheus`);
  }
}

const onRetry = (attempt: number, waitMs: number, reason: string) =>
  console.error(`Push attempt ${attempt} failed (${reason}); trying again in ${waitMs / 1000} s`);

/**
 * Lists the cluster as `import kube` does, into a compressed file, then pushes it to the server
 * with the collector token, retrying while the server is away: no database here. With
 * --prometheus, then reads and pushes the cluster's metrics as `import metrics` would store them.
 */
async function collect(options: CollectOptions): Promise<void> {
  checkOptions(options);
  const token = readToken(options.tokenFile);
  const url = pushUrl(options.server, options.cluster, "observations");
  const config = loadKubeConfig(options);
  const scratch = mkdtempSync(path.join(tmpdir(), "tierscope-collect-"));
  try {
    const file = path.join(scratch, "observation.ndjson.gz");
    const observedAt = new Date();
    const listing = listLiveCluster(config, options);
    const body = await writePushBody(listing.objects, file);
    const outcomes = Object.fromEntries(
      [...listing.outcomes()].map(([kind, o]) => [
        kind,
        o.error ? { ...o, error: o.error.slice(0, 500) } : o,
      ]),
    );
    console.error(
      `Listed ${body.lines.toLocaleString("en-US")} objects (${body.compressedBytes.toLocaleString("en-US")} bytes compressed); pushing to ${url}`,
    );
    const answer = await pushWithRetry({
      url,
      file,
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": PUSH_CONTENT_TYPE,
        "content-encoding": "gzip",
        "user-agent": `tierscope-collect/${options.cluster}`,
        [OBSERVED_AT_HEADER]: observedAt.toISOString(),
        [KIND_OUTCOMES_HEADER]: JSON.stringify(outcomes),
        [CONTENT_SHA256_HEADER]: body.contentSha256,
      },
      attempts: options.attempts,
      fetch,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      onRetry,
    });
    const imported = answer.body as ImportSummary & { costs?: CostsBroughtUpToDate };
    const metrics = options.prometheus
      ? await pushPrometheusMetrics({
          ...options,
          prometheus: options.prometheus,
          url: pushUrl(options.server, options.cluster, "metrics"),
          token,
          scratch,
          onRetry,
        })
      : undefined;
    if (options.format === "json" && metrics) {
      console.log(JSON.stringify({ ...imported, metrics: metrics.answer }, null, 2));
      return;
    }
    printImportSummary(imported, imported.costs, options.format);
    if (metrics) console.log(`\n${metrics.report}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function registerCollectCommand(program: Command) {
  const command = program
    .command("collect")
    .description("list a cluster (read-only, as import kube does) and push it to a Tierscope server")
    .requiredOption("--server <url>", "the Tierscope server, e.g. https://tierscope.example.com")
    .requiredOption("--token-file <file>", "file holding a collector token for this cluster")
    .requiredOption("--cluster <name>", "the name Tierscope keeps this cluster under")
    .option("--kubeconfig <file>", "kubeconfig file (default: $KUBECONFIG, ~/.kube/config, or in-cluster)")
    .option("--context <name>", "kubeconfig context (default: its current context)")
    .option("--page-size <n>", "objects per list request", positiveInteger, 500)
    .option("--timeout <seconds>", "longest the listing of one kind may take", positiveInteger, 300)
    .option(
      "--attempts <n>",
      "push attempts while the server is away (waits double from 1 s to 30 s)",
      positiveInteger,
      8,
    )
    .option("--format <format>", "summary format: table or json", "table")
    .option("--prometheus <url>", "also read this Prometheus (as import metrics does) and push the metrics")
    .option("--skip-invalid", "with --prometheus: store the valid samples and count the invalid ones");
  addPrometheusRangeOptions(command).action(runAction((options: CollectOptions) => collect(options)));
}
