import path from "node:path";
import { type CommandResult, runTierscope } from "./run-tierscope";

const PG_MODULE = path.resolve(import.meta.dirname, "../../node_modules/pg");
const TSX = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
const REFRESH_ROLLUPS = path.resolve(import.meta.dirname, "refresh-every-rollup.ts");

/**
 * Runs `statements` (plain Node, in an async function with `db`, a pg client on DATABASE_URL, and
 * `one(sql, params)`, which resolves with the first row's id) through `tierscope exec` on the
 * database in `dataDir`, then rebuilds the cost rollups of the facts they wrote, as computing costs
 * would. Resolves with the first command that failed, else the last.
 */
export async function seedThroughExec(dataDir: string, statements: string): Promise<CommandResult> {
  const seed = `
const pg = require(${JSON.stringify(PG_MODULE)});
(async () => {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const one = async (sql, params) => (await db.query(sql, params)).rows[0].id;
${statements}
  await db.end();
})().catch((error) => { console.error(error); process.exit(1); });`;
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
