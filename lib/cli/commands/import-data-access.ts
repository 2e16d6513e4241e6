import { readFileSync } from "node:fs";
import { type Command, Option } from "commander";
import type { DataAccessReading } from "../../ingest/data-access/data-access-reading";
import { parseCloudWatchMetricData } from "../../ingest/data-access/parse-cloudwatch-metric-data";
import { readMountstatsExposition } from "../../ingest/data-access/read-mountstats-exposition";
import { importDataAccessReadings } from "../../services/ingest/import-data-access";
import { systemContext } from "../../services/service-context";
import { cliPaths } from "../forwarding/cli-path";
import { parseTime } from "../parse-time";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

interface ImportDataAccessOptions {
  cluster: string;
  mountstats?: string[];
  node?: string;
  at?: Date;
  cloudwatch?: string[];
  period?: string;
  format: "table" | "json";
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/** Every file read whole before anything is stored: a bad line anywhere stores nothing. */
function readFiles(options: ImportDataAccessOptions): DataAccessReading[] {
  const mountstats = options.mountstats ?? [];
  const cloudwatch = options.cloudwatch ?? [];
  if (mountstats.length === 0 && cloudwatch.length === 0) {
    throw new Error(
      "give --mountstats PATH... (node_exporter scrapes) or --cloudwatch PATH... (get-metric-data JSON)",
    );
  }
  if (cloudwatch.length > 0 && options.period === undefined) {
    throw new Error(
      "--period: required with --cloudwatch (the Period of the get-metric-data queries, in seconds)",
    );
  }
  if (cloudwatch.length === 0 && options.period !== undefined)
    throw new Error("--period applies to --cloudwatch");
  if (mountstats.length === 0 && (options.node || options.at)) {
    throw new Error("--node and --at apply to --mountstats");
  }
  return [
    ...mountstats.flatMap((file) =>
      readMountstatsExposition(readText(file), { source: file, node: options.node, at: options.at }),
    ),
    ...cloudwatch.flatMap((file) =>
      parseCloudWatchMetricData(readText(file), { source: file, periodSeconds: Number(options.period) }),
    ),
  ];
}

async function importDataAccess(options: ImportDataAccessOptions): Promise<void> {
  const readings = readFiles(options);
  const summary = await withPrisma((db) =>
    importDataAccessReadings(db, {
      ctx: systemContext("import data-access"),
      input: { cluster: options.cluster, readings },
    }),
  );
  if (options.format === "json") {
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  console.log(
    `${summary.cluster}: read ${summary.readings} data-access readings, stored ${summary.written} new or revised` +
      (summary.earliest
        ? `; costs recomputed from the day before ${summary.earliest.slice(0, 10)}`
        : "; nothing changed"),
  );
}

export function registerImportDataAccessCommand(importCommand: Command) {
  importCommand
    .command("data-access")
    .description(
      "import data-access metrics (NFS client counters from node_exporter, EFS and S3 request metrics from CloudWatch) and price them",
    )
    .requiredOption(
      "--cluster <name>",
      "the cluster the metrics belong to (it must exist: import its inventory first)",
    )
    .option(
      "--mountstats <paths...>",
      "node_exporter text with node_mountstats_nfs_* counters (one or more scrapes, with timestamps)",
      cliPaths,
    )
    .option("--node <name>", "the node a --mountstats scrape is from, when its series have no node label")
    .option(
      "--at <time>",
      "when a --mountstats scrape without timestamps was taken (RFC 3339 or Unix seconds)",
      parseTime,
    )
    .option(
      "--cloudwatch <paths...>",
      "`aws cloudwatch get-metric-data` JSON output: DataReadIOBytes, DataWriteIOBytes, MeteredIOBytes, GetRequests, ListRequests, PutRequests (Sum)",
      cliPaths,
    )
    .option("--period <seconds>", "the Period of the --cloudwatch queries, in seconds")
    .addOption(new Option("--format <format>", "summary format").choices(["table", "json"]).default("table"))
    .action(runAction((options: ImportDataAccessOptions) => importDataAccess(options)));
}
