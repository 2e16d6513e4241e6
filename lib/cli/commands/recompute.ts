import type { Command } from "commander";
import { clockNow } from "../../clock";
import { isoDayOf, MS_PER_DAY } from "../../costing/day-window";
import { recomputeCosts } from "../../services/costs/recompute-costs";
import { systemContext } from "../../services/service-context";
import { parseTime } from "../parse-time";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

export function registerRecomputeCommand(program: Command) {
  program
    .command("recompute")
    .description("recompute daily cost facts for a window (closed months stay as they were)")
    .option("--from <day>", "first day (default: 90 days ago)", parseTime)
    .option("--to <day>", "last day (default: today)", parseTime)
    .option("--cluster <name>", "only this cluster")
    .action(
      runAction(async (options: { from?: Date; to?: Date; cluster?: string }) => {
        const now = clockNow();
        const from = isoDayOf(options.from ?? now.getTime() - 90 * MS_PER_DAY);
        const to = isoDayOf(options.to ?? now);
        if (from > to) throw new Error(`--from ${from} is after --to ${to}`);
        const started = performance.now();
        const result = await withPrisma((db) =>
          recomputeCosts(db, {
            ctx: systemContext("recompute"),
            input: { window: { from, to, cluster: options.cluster } },
            now,
          }),
        );
        console.log(
          `Computed ${result.facts} cost facts for ${result.clusters} cluster(s), ${from} to ${to}, in ${((performance.now() - started) / 1000).toFixed(1)} s` +
            (result.closedDaysSkipped > 0
              ? `; ${result.closedDaysSkipped} day(s) in closed months left as they were`
              : ""),
        );
      }),
    );
}
