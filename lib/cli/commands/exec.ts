import { spawn } from "node:child_process";
import type { Command } from "commander";
import { openDatabaseWithCatalog } from "../ensure-price-catalog";
import { runAction } from "../run-action";

export function registerExecCommand(program: Command) {
  program
    .command("exec")
    .description("run a command with DATABASE_URL set to the migrated database (embedded or server)")
    .argument("<command...>", "the command and its arguments, after --")
    .action(
      runAction(async (command: string[]) => {
        const db = await openDatabaseWithCatalog();
        const [file, ...args] = command as [string, ...string[]];
        const status = await new Promise<number>((resolve) => {
          const child = spawn(file, args, { stdio: "inherit", env: process.env });
          // Stopping `tierscope exec` stops the command, then closes the database.
          const forward = (signal: NodeJS.Signals) => child.kill(signal);
          process.on("SIGINT", forward);
          process.on("SIGTERM", forward);
          child.on("error", (error) => {
            console.error(`tierscope: cannot run ${file}: ${error.message}`);
            resolve(127);
          });
          child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
        });
        await db.close();
        process.exit(status);
      }),
    );
}
