import type { Command } from "commander";
import { clockNow } from "../../clock";
import { checklistItems } from "../../costing/month-close-checklist";
import { ChecklistNotAcknowledgedError, closeMonth } from "../../services/months/close-month";
import { getMonthCloseChecklist } from "../../services/months/get-month-close-checklist";
import { reopenMonth } from "../../services/months/reopen-month";
import { systemContext } from "../../services/service-context";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

interface CloseMonthOptions {
  reopen?: boolean;
  check?: boolean;
  reason?: string;
}

export function registerCloseMonthCommand(program: Command) {
  program
    .command("close-month")
    .description(
      "freeze a month's cost facts (finance's closed month) after its pre-close checklist; --reopen to unfreeze",
    )
    .argument("<month>", "YYYY-MM")
    .option("--check", "print the pre-close checklist only")
    .option("--reason <text>", "why: acknowledges open checklist items when closing; required to reopen")
    .option("--reopen", "reopen the month instead (recorded in the audit log)")
    .action(
      runAction(async (month: string, options: CloseMonthOptions) => {
        const ctx = systemContext("close-month");
        const now = clockNow();
        await withPrisma(async (db) => {
          if (options.reopen) {
            if (!options.reason?.trim())
              throw new Error('--reopen needs --reason "<why>": reopening is audited');
            await reopenMonth(db, { ctx, input: { month, reason: options.reason } }, now);
            console.log(`Reopened ${month}: recompute will update its facts.`);
            return;
          }
          const checklist = await getMonthCloseChecklist(db, { ctx, input: { month } });
          const items = checklistItems(checklist);
          console.log(`Pre-close checklist for ${month}:`);
          for (const item of items.length > 0
            ? items
            : ["nothing open: every resource-day priced, costs up to date"])
            console.log(`  - ${item}`);
          if (options.check) return;
          try {
            const result = await closeMonth(db, { ctx, input: { month, reason: options.reason } }, now);
            console.log(
              result.alreadyClosed
                ? `${month} was already closed.`
                : `Closed ${month}: its facts are frozen${options.reason && items.length > 0 ? ` (acknowledged: ${options.reason})` : ""}.`,
            );
          } catch (error) {
            if (error instanceof ChecklistNotAcknowledgedError) {
              throw new Error(
                `${month} not closed: give --reason "<why>" to acknowledge the open items above`,
              );
            }
            throw error;
          }
        });
      }),
    );
}
