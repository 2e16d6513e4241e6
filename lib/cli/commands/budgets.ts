import { type Command, Option } from "commander";
import { formatMoney } from "../../format-money";
import { BUDGET_SCOPES } from "../../services/budgets/budget-params";
import { createBudget } from "../../services/budgets/create-budget";
import { deleteBudget } from "../../services/budgets/delete-budget";
import { type BudgetsResult, listBudgets } from "../../services/budgets/list-budgets";
import { systemContext } from "../../services/service-context";
import { flagError } from "../flag-error";
import { formatTable } from "../prices/table";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

const percent = (ratio: number | null) => (ratio === null ? "" : `${(ratio * 100).toFixed(0)}%`);

export function formatBudgetsTable(result: BudgetsResult): string {
  if (result.budgets.length === 0) return "No budgets. Add one with `tierscope budgets set`.";
  const header = ["NAME", "SCOPE", "BUDGET", "SPENT", "SPENT %", "FORECAST", "FORECAST %", "FLAGS", "ID"];
  const rows = result.budgets.map((b) => [
    b.name,
    `${b.scopeKind} ${b.scopeKey}`,
    formatMoney(b.monthlyAmount, b.currency),
    formatMoney(b.monthToDate, b.currency),
    percent(b.spentRatio),
    b.monthEnd ? formatMoney(b.monthEnd.expected, b.currency) : "unknown",
    percent(b.forecastRatio),
    [b.actualCrossed ? "actual" : "", b.forecastCrossed ? "forecast" : ""].filter(Boolean).join("+"),
    b.id,
  ]);
  return [`Budgets for ${result.budgets[0]?.month}`, formatTable(header, rows)].join("\n");
}

/** `tierscope budgets list|set|delete`: monthly budgets with thresholds on actual and forecast spend. */
export function registerBudgetsCommand(program: Command) {
  const budgets = program.command("budgets").description("monthly budgets: spend and forecast against them");
  budgets
    .command("list")
    .description("every budget with this month's spend, forecast and the thresholds crossed")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .action(
      runAction(async (options: { format: "table" | "json" }) => {
        const result = await withPrisma((db) =>
          listBudgets(db, { ctx: systemContext("budgets"), input: {} }),
        );
        console.log(options.format === "json" ? JSON.stringify(result, null, 2) : formatBudgetsTable(result));
      }),
    );
  budgets
    .command("set")
    .description("adds a budget")
    .requiredOption("--name <name>", "what the budget is called")
    .addOption(new Option("--scope <kind>", "what it covers").choices(BUDGET_SCOPES).makeOptionMandatory())
    .option("--key <key>", "cluster name, team slug, cost centre, CLUSTER/NAMESPACE or CLUSTER/STORAGECLASS")
    .requiredOption("--monthly-amount <amount>", "per month, e.g. 2500")
    .requiredOption("--currency <code>", "e.g. USD")
    .option("--actual-threshold <share>", "flag when spend reaches this share (default 0.8)")
    .option("--forecast-threshold <share>", "flag when the forecast reaches this share (default 1)")
    .action(
      runAction(async (options: Record<string, string | undefined>) => {
        const input = {
          name: options.name,
          scopeKind: options.scope,
          scopeKey: options.key,
          monthlyAmount: options.monthlyAmount,
          currency: options.currency,
          actualThreshold: options.actualThreshold,
          forecastThreshold: options.forecastThreshold,
        } as Parameters<typeof createBudget>[1]["input"];
        const budget = await withPrisma((db) =>
          createBudget(db, { ctx: systemContext("budgets"), input }),
        ).catch(flagError);
        console.log(`Budget ${budget.name} (${budget.id}) set.`);
      }),
    );
  budgets
    .command("delete <id>")
    .description("deletes a budget")
    .action(
      runAction(async (id: string) => {
        await withPrisma((db) => deleteBudget(db, { ctx: systemContext("budgets"), input: { id } }));
        console.log(`Budget ${id} deleted.`);
      }),
    );
}
