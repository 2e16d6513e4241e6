import { type Command, Option } from "commander";
import { ZodError } from "zod";
import { GPU_IDLE_GROUPINGS } from "../../costing/gpu/group-gpu-idle";
import { formatMoney } from "../../format-money";
import { getGpuIdleReport } from "../../services/gpu/get-gpu-idle-report";
import { type TGpuIdleQuery, ZGpuIdleQuery } from "../../services/gpu/gpu-idle-params";
import { systemContext } from "../../services/service-context";
import { formatGpuIdleCsv, formatGpuIdleTable } from "../gpu-idle-output";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

interface GpuIdleOptions {
  from?: string;
  to?: string;
  month?: string;
  by: string;
  cluster?: string;
  format: "table" | "json" | "csv";
}

/** Every group on one page: the command prints all of them. */
const ALL = 1_000_000;

function parseQuery(options: GpuIdleOptions): TGpuIdleQuery {
  try {
    return ZGpuIdleQuery.parse({
      from: options.from,
      to: options.to,
      month: options.month,
      by: options.by,
      cluster: options.cluster,
    });
  } catch (error) {
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      throw new Error(`--${String(issue?.path[0] ?? "from")}: ${issue?.message}`);
    }
    throw error;
  }
}

/** `tierscope gpu-idle`: idle GPU-hours, their cost and the storage-bound share, with the ROI of faster storage. */
export function registerGpuIdleCommand(program: Command) {
  program
    .command("gpu-idle")
    .description(
      "idle GPU-hours and their cost by workload, namespace, team or node pool; the share waiting on storage; the return on a faster tier",
    )
    .option("--from <day>", "first day of the window (YYYY-MM-DD, UTC), with --to")
    .option("--to <day>", "last day of the window, included")
    .option("--month <month>", "a calendar month instead of --from/--to (YYYY-MM)")
    .addOption(new Option("--by <grouping>", "how to group").choices(GPU_IDLE_GROUPINGS).default("workload"))
    .option("--cluster <name>", "only this cluster")
    .addOption(
      new Option("--format <format>", "output format").choices(["table", "json", "csv"]).default("table"),
    )
    .action(
      runAction(async (options: GpuIdleOptions) => {
        const query = parseQuery(options);
        const report = await withPrisma((db) =>
          getGpuIdleReport(db, {
            ctx: systemContext("gpu-idle"),
            input: { ...query, now: new Date(), page: 1, pageSize: ALL },
          }),
        );
        for (const warning of report.warnings) console.error(`tierscope: ${warning}`);
        const { page: _page, pageSize: _size, ...rest } = report;
        if (options.format === "json") console.log(JSON.stringify(rest, null, 2));
        else if (options.format === "csv") console.log(formatGpuIdleCsv(report));
        else console.log(formatGpuIdleTable(report, formatMoney));
      }),
    );
}
