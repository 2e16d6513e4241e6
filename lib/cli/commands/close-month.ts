import { userInfo } from "node:os";
import type { Command } from "commander";
import { clockNow } from "../../clock";
import { setMonthClosed } from "../../queries/costs/close-month";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

export function registerCloseMonthCommand(program: Command) {
  program
    .command("close-month")
    .description("freeze a month's cost facts (finance's closed month); --reopen to unfreeze")
    .argument("<month>", "YYYY-MM")
    .option("--reopen", "reopen the month instead")
    .action(
      runAction(async (month: string, options: { reopen?: boolean }) => {
        const now = clockNow();
        if (!options.reopen && `${month}-01` > now.toISOString().slice(0, 10)) {
          throw new Error(`month ${month} has not started: only past or current months can be closed`);
        }
        await withPrisma((db) =>
          setMonthClosed(db, { month, closed: !options.reopen, by: userInfo().username, now }),
        );
        console.log(
          options.reopen
            ? `Reopened ${month}: recompute will update its facts.`
            : `Closed ${month}: its facts are frozen.`,
        );
      }),
    );
}
