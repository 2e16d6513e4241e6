import { KubeConfig } from "@kubernetes/client-node";
import { type Command, InvalidArgumentError, Option } from "commander";
import { clockNow } from "../../clock";
import { listClusterObjects } from "../../ingest/kube/list-cluster-objects";
import { importKubeObjects } from "../../services/ingest/import-kube-objects";
import { importThenCost } from "../import-then-cost";
import { printImportSummary } from "../print-import-summary";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

interface ImportKubeOptions {
  cluster: string;
  kubeconfig?: string;
  context?: string;
  pageSize: number;
  timeout: number;
  format: "table" | "json";
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("Expected a whole number above 0.");
  return n;
}

/** Kubeconfig from --kubeconfig, $KUBECONFIG or ~/.kube/config; inside a pod, its service account. */
function loadConfig(options: ImportKubeOptions): KubeConfig {
  const config = new KubeConfig();
  if (options.kubeconfig) config.loadFromFile(options.kubeconfig);
  else config.loadFromDefault();
  if (options.context) {
    if (!config.getContexts().some((c) => c.name === options.context)) {
      throw new Error(`--context ${options.context}: no such context in the kubeconfig`);
    }
    config.setCurrentContext(options.context);
  }
  if (!config.getCurrentCluster())
    throw new Error("no cluster to read: give --kubeconfig, or run inside a pod");
  return config;
}

export function registerImportKubeCommand(importCommand: Command) {
  importCommand
    .command("kube")
    .description("read a live cluster (read-only) through its API: kubeconfig, or the pod's service account")
    .requiredOption(
      "--cluster <name>",
      "the name Tierscope keeps this cluster under (created on first import)",
    )
    .option("--kubeconfig <file>", "kubeconfig file (default: $KUBECONFIG, ~/.kube/config, or in-cluster)")
    .option("--context <name>", "kubeconfig context (default: its current context)")
    .option("--page-size <n>", "objects per list request", positiveInteger, 500)
    .option("--timeout <seconds>", "longest the listing of one kind may take", positiveInteger, 300)
    .addOption(new Option("--format <format>", "summary format").choices(["table", "json"]).default("table"))
    .action(
      runAction(async (options: ImportKubeOptions) => {
        const config = loadConfig(options);
        const listing = listClusterObjects(config, {
          pageSize: options.pageSize,
          requestTimeoutMs: 60_000,
          kindTimeoutMs: options.timeout * 1000,
          attempts: 5,
          sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
          now: () => Date.now(),
        });
        const observedAt = clockNow();
        const { summary, costs } = await withPrisma((db) =>
          importThenCost(db, () =>
            importKubeObjects(db, {
              cluster: { name: options.cluster },
              source: "live",
              sourceRef: `${config.getCurrentContext()} (${config.getCurrentCluster()?.server})`,
              observedAt,
              objects: listing.objects,
              kindOutcomes: listing.outcomes,
              now: clockNow,
              onProgress: (n) =>
                process.stderr.isTTY && process.stderr.write(`\rRead ${n.toLocaleString("en-US")} objects…`),
            }),
          ),
        );
        if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
        printImportSummary(summary, costs, options.format);
      }),
    );
}
