import path from "node:path";
import { type CommandResult, runTierscope } from "./run-tierscope";

/** The `pg` module, for seed scripts run as plain Node through `tierscope exec`. */
export const PG_MODULE = path.resolve(import.meta.dirname, "../../node_modules/pg");
const TSX = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
const REFRESH_ROLLUPS = path.resolve(import.meta.dirname, "refresh-every-rollup.ts");

/**
 * Runs `seed` (a Node script that connects to DATABASE_URL with `require(PG_MODULE)`) through
 * `tierscope exec` on the database in `dataDir`, then rebuilds the cost rollups of the facts it
 * wrote, as computing costs would. Resolves with the first command that failed, else the last.
 */
export async function seedThroughExec(dataDir: string, seed: string): Promise<CommandResult> {
  let result: CommandResult = { status: 0, stdout: "", stderr: "" };
  for (const command of [
    [process.execPath, "-e", seed],
    [TSX, REFRESH_ROLLUPS],
  ]) {
    result = await runTierscope(["exec", "--", ...command], dataDir);
    if (result.status !== 0 || result.stderr !== "") return result;
  }
  return result;
}
