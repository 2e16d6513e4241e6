import { spawn } from "node:child_process";
import type { Command } from "commander";
import { liveLockOwner } from "../../db/embedded/data-dir-lock";
import { readEmbeddedDatabaseUrl } from "../../db/embedded/embedded-database-url-file";
import { dataDirFrom, readEnv } from "../../env";
import { openDatabaseWithCatalog } from "../ensure-price-catalog";
import { runAction } from "../run-action";

/**
 * `exec` hands its command a connection of its own. Beside a server (or another command) on the same
 * embedded database it hands over that process's database instead of opening one: the process
 * serves it on loopback, and its socket server queues each connection's statements and keeps a
 * transaction on its own connection, as it does for the server's own connections.
 */
function besideAnotherProcess(): { databaseUrl: string } | undefined {
  const env = readEnv();
  if (env.DATABASE_URL) return undefined;
  const dataDir = dataDirFrom(env);
  const owner = liveLockOwner(dataDir);
  if (owner === undefined) return undefined;
  const databaseUrl = readEmbeddedDatabaseUrl(dataDir);
  if (databaseUrl === undefined) {
    throw new Error(
      `exec: the Tierscope process (pid ${owner}) holding the embedded database in ${dataDir} has not opened it yet: ` +
        "run this again once it says it is ready.",
    );
  }
  return { databaseUrl };
}

function runCommand(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [file, ...args] = command as [string, ...string[]];
  return new Promise<number>((resolve) => {
    const child = spawn(file, args, { stdio: "inherit", env });
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
}

export function registerExecCommand(program: Command) {
  program
    .command("exec")
    .description("run a command with DATABASE_URL set to the migrated database (embedded or server)")
    .argument("<command...>", "the command and its arguments, after --")
    .action(
      runAction(async (command: string[]) => {
        const beside = besideAnotherProcess();
        if (beside) {
          process.exit(await runCommand(command, { ...process.env, DATABASE_URL: beside.databaseUrl }));
        }
        const db = await openDatabaseWithCatalog();
        const status = await runCommand(command, process.env);
        await db.close();
        process.exit(status);
      }),
    );
}
