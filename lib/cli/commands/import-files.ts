import { statSync } from "node:fs";
import { type Command, Option } from "commander";
import { clockNow } from "../../clock";
import { hashImport } from "../../ingest/kube/hash-files";
import { expandPaths, readKubeFiles } from "../../ingest/kube/read-kube-files";
import { importKubeObjects } from "../../services/ingest/import-kube-objects";
import { systemContext } from "../../services/service-context";
import { cliPaths } from "../forwarding/cli-path";
import { importThenCost } from "../import-then-cost";
import { parseTime } from "../parse-time";
import { printImportSummary } from "../print-import-summary";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

interface ImportFilesOptions {
  cluster: string;
  observedAt?: Date;
  skipInvalid?: boolean;
  partial?: boolean;
  format: "table" | "json";
}

export function registerImportFilesCommand(importCommand: Command) {
  importCommand
    .command("files")
    .description(
      "import kubectl get -o json|yaml dumps: Lists, single objects, multi-document YAML, directories",
    )
    .argument("<paths...>", "files or directories (.json, .yaml, .yml)", cliPaths)
    .requiredOption("--cluster <name>", "the cluster the objects belong to (created on first import)")
    .option(
      "--observed-at <time>",
      "when the dump was taken (default: the newest file's modification time)",
      parseTime,
    )
    .option("--skip-invalid", "import the valid objects; record the invalid ones with reasons")
    .option("--partial", "the dump is not a complete listing of any kind: mark nothing deleted")
    .addOption(new Option("--format <format>", "summary format").choices(["table", "json"]).default("table"))
    .action(
      runAction(async (paths: string[], options: ImportFilesOptions) => {
        const files = expandPaths(paths);
        if (files.length === 0) throw new Error(`no .json, .yaml or .yml files in ${paths.join(", ")}`);
        const observedAt =
          options.observedAt ??
          new Date(files.reduce((newest, f) => Math.max(newest, statSync(f).mtimeMs), 0));
        const contentHash = await hashImport(files, observedAt);
        const { summary, costs } = await withPrisma((db) =>
          importThenCost(db, systemContext("import files"), () =>
            importKubeObjects(db, {
              cluster: { name: options.cluster },
              source: "files",
              sourceRef: files.join(", ").slice(0, 2000),
              observedAt,
              objects: readKubeFiles(files),
              partial: options.partial,
              skipInvalid: options.skipInvalid,
              contentHash,
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
