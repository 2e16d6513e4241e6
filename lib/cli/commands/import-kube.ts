import { type Command, Option } from "commander";
import { clockNow } from "../../clock";
import { importKubeObjects } from "../../services/ingest/import-kube-objects";
import { systemContext } from "../../services/service-context";
import { cliPath } from "../forwarding/cli-path";
import { importThenCost } from "../import-then-cost";
import {
  describeKubeSource,
  type LiveClusterOptions,
  listLiveCluster,
  loadKubeConfig,
  positiveInteger,
} from "../live-cluster-listing";
import { printImportSummary } from "../print-import-summary";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

interface ImportKubeOptions extends LiveClusterOptions {
  cluster: string;
  format: "table" | "json";
}

export function registerImportKubeCommand(importCommand: Command) {
  importCommand
    .command("kube")
    .description("read a live cluster (read-only) through its API: kubeconfig, or the pod's service account")
    .requiredOption(
      "--cluster <name>",
      "the name Tierscope keeps this cluster under (created on first import)",
    )
    .option(
      "--kubeconfig <file>",
      "kubeconfig file (default: $KUBECONFIG, ~/.kube/config, or in-cluster)",
      cliPath,
    )
    .option("--context <name>", "kubeconfig context (default: its current context)")
    .option("--page-size <n>", "objects per list request", positiveInteger, 500)
    .option("--timeout <seconds>", "longest the listing of one kind may take", positiveInteger, 300)
    .addOption(new Option("--format <format>", "summary format").choices(["table", "json"]).default("table"))
    .action(
      runAction(async (options: ImportKubeOptions) => {
        const config = loadKubeConfig(options);
        const listing = listLiveCluster(config, options);
        const observedAt = clockNow();
        const { summary, costs } = await withPrisma((db) =>
          importThenCost(db, systemContext("import kube"), () =>
            importKubeObjects(db, {
              cluster: { name: options.cluster },
              source: "live",
              sourceRef: describeKubeSource(config),
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
