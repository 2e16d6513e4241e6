import { spawn } from "node:child_process";
import type { Command } from "commander";
import { liveLockOwner } from "../../db/embedded/data-dir-lock";
import { dataDirFrom, readEnv } from "../../env";
import { openDatabaseWithCatalog } from "../ensure-price-catalog";
import { runAction } from "../run-action";

/**
 * `exec` hands its command a connection of its own. Beside a server on the same embedded database
 * that is unsafe (PGlite has one session: the two programs' statements and transactions would
 * interleave), so it refuses and says what to do instead.
 */
function refuseBesideServer() {
  const env = readEnv();
  if (env.DATABASE_URL) return;
  const dataDir = dataDirFrom(env);
  const owner = liveLockOwner(dataDir);
  if (owner === undefined) return;
  throw new Error(
    `exec cannot run beside the Tierscope process (pid ${owner}) holding the embedded database in ${dataDir}: ` +
      "a second connection would interleave its transactions with the server's on the database's one session. " +
      "Run `tierscope <command>` instead (it runs through the server), stop the server first, " +
      "or use a PostgreSQL server (DATABASE_URL).",
  );
}

export function registerExecCommand(program: Command) {
  program
    .command("exec")
    .description("run a command with DATABASE_URL set to the migrated database (embedded or server)")
    .argument("<command...>", "the command and its arguments, after --")
    .action(
      runAction(async (command: string[]) => {
        refuseBesideServer();
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
