import { userInfo } from "node:os";
import type { Command } from "commander";
import { clockNow } from "../../clock";
import { setMonthClosed } from "../../queries/costs/close-month";
import { recordAudit } from "../../services/audit/record-audit";
import { systemContext } from "../../services/service-context";
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
        await withPrisma(async (db) => {
          const before = await db.monthClose.findMany({ where: { month: new Date(`${month}-01`) } });
          await setMonthClosed(db, { month, closed: !options.reopen, by: userInfo().username, now });
          const after = await db.monthClose.findMany({ where: { month: new Date(`${month}-01`) } });
          await recordAudit(db, systemContext(`close-month (${userInfo().username})`), {
            action: options.reopen ? "month.reopen" : "month.close",
            targetType: "month",
            targetId: month,
            before,
            after,
          });
        });
        console.log(
          options.reopen
            ? `Reopened ${month}: recompute will update its facts.`
            : `Closed ${month}: its facts are frozen.`,
        );
      }),
    );
}
