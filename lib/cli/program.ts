import { Command } from "commander";
import { registerAlertsCommand } from "./commands/alerts";
import { registerAnomaliesCommand } from "./commands/anomalies";
import { registerBudgetsCommand } from "./commands/budgets";
import { registerCloseMonthCommand } from "./commands/close-month";
import { registerCollectCommand } from "./commands/collect";
import { registerCostsCommand } from "./commands/costs";
import { registerDemoCommand } from "./commands/demo";
import { registerDigestCommand } from "./commands/digest";
import { registerExecCommand } from "./commands/exec";
import { registerForecastCommand } from "./commands/forecast";
import { registerGpuIdleCommand } from "./commands/gpu-idle";
import { registerImportCommand } from "./commands/import";
import { registerImportDataAccessCommand } from "./commands/import-data-access";
import { registerImportFilesCommand } from "./commands/import-files";
import { registerImportKubeCommand } from "./commands/import-kube";
import { registerImportMetricsCommand } from "./commands/import-metrics";
import { registerInventoryCommands } from "./commands/inventory";
import { registerMigrateCommand } from "./commands/migrate";
import { registerPricesCommand } from "./commands/prices";
import { registerRecommendCommand } from "./commands/recommend";
import { registerRecomputeCommand } from "./commands/recompute";
import { registerReportCommand } from "./commands/report";
import { registerServeCommand } from "./commands/serve";
import { registerSettingsCommand } from "./commands/settings";
import { registerTokensCommand } from "./commands/tokens";
import { registerUsersCommand } from "./commands/users";
import { registerWasteCommand } from "./commands/waste";

/**
 * The `tierscope` program. `forwarded`: a command line run inside a server for another process
 * (see serveForwardedCommands), where ending a command must never end the process.
 */
export function buildProgram(options: { forwarded?: boolean } = {}): Command {
  const program = new Command()
    .name("tierscope")
    .description(
      "What your Kubernetes AI storage costs, where the money leaks, and what to change.\n\n" +
        "Database: DATABASE_URL when set, otherwise an embedded PostgreSQL under\n" +
        "TIERSCOPE_DATA_DIR (default .data).",
    )
    // Usage errors as one line, like every other error: "tierscope: <what is wrong>".
    .configureOutput({
      outputError: (message, write) => write(`tierscope: ${message.replace(/^error: /, "")}`),
    });
  // Set before the commands are added: each inherits it.
  if (options.forwarded) program.exitOverride();

  registerDemoCommand(program);
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerPricesCommand(program);
  registerCostsCommand(program);
  registerExecCommand(program);
  registerInventoryCommands(program);
  registerWasteCommand(program);
  registerRecomputeCommand(program);
  registerCloseMonthCommand(program);
  registerRecommendCommand(program);
  registerReportCommand(program);
  registerGpuIdleCommand(program);
  registerDigestCommand(program);
  registerForecastCommand(program);
  registerAnomaliesCommand(program);
  registerBudgetsCommand(program);
  registerAlertsCommand(program);
  registerCollectCommand(program);
  registerUsersCommand(program);
  registerTokensCommand(program);
  registerSettingsCommand(program);
  registerImportCommand(program, [
    registerImportKubeCommand,
    registerImportFilesCommand,
    registerImportDataAccessCommand,
    registerImportMetricsCommand,
    // import sources
  ]);
  return program;
}
