import type { Command } from "commander";
import { clockNow } from "../../clock";
import { isoDayOf, MS_PER_DAY } from "../../costing/day-window";
import { getClusterByNameOrThrow } from "../../queries/clusters/get-cluster-by-name-or-throw";
import { recordAudit } from "../../services/audit/record-audit";
import { computeCostFacts } from "../../services/costs/compute-cost-facts";
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
        const result = await withPrisma(async (db) => {
          const cluster = options.cluster ? await getClusterByNameOrThrow(db, options.cluster) : undefined;
          const computed = await computeCostFacts(db, { from, to, now, clusterId: cluster?.id });
          await recordAudit(db, systemContext("recompute"), {
            action: "costs.recompute",
            targetType: "cost_facts",
            after: { from, to, cluster: cluster?.name ?? null, ...computed },
          });
          return computed;
        });
        console.log(
          `Computed ${result.facts} cost facts for ${result.clusters} cluster(s), ${from} to ${to}, in ${((performance.now() - started) / 1000).toFixed(1)} s` +
            (result.closedDaysSkipped > 0
              ? `; ${result.closedDaysSkipped} day(s) in closed months left as they were`
              : ""),
        );
      }),
    );
}
