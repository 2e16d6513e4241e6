import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { temporaryDataDir } from "../testing/temporary-data-dir";

// `tierscope` started by the system's Node (Node 20 on a machine like the one this project is built
// on: bin/tierscope.mjs then runs the Node 22 from node_modules as a child). Stopping the command
// must stop every process it started.
const BIN = path.resolve(import.meta.dirname, "../../bin/tierscope.mjs");
const ROOT = path.resolve(import.meta.dirname, "../..");

/** The first `node` on PATH outside this project's node_modules: the Node a user's shell runs. */
function systemNode(): string {
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter((dir) => dir && !dir.startsWith(ROOT));
  const found = dirs.map((dir) => path.join(dir, "node")).find((file) => existsSync(file));
  return found ?? process.execPath;
}

function childrenOf(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
}

function descendantsOf(pid: number): number[] {
  return childrenOf(pid).flatMap((child) => [child, ...descendantsOf(child)]);
}

function running(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  // A zombie (state Z) has ended; only its parent has not collected it yet.
  return existsSync(stat) && readFileSync(stat, "utf8").split(") ")[1]?.[0] !== "Z";
}

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 600; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Gave up waiting for ${what}`);
}

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  it(`stops every process it started on ${signal}`, async () => {
    const node = systemNode();
    const version = execFileSync(node, ["--version"], { encoding: "utf8" }).trim();
    const child = spawn(
      node,
      [BIN, "exec", "--", "node", "-e", "console.log('ready'); setInterval(() => {}, 1000)"],
      {
        env: { ...process.env, TIERSCOPE_DATA_DIR: temporaryDataDir("tierscope-stop-"), DATABASE_URL: "" },
      },
    );
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    await until(() => output.includes("ready"), `the command to start (${version}): ${output}`);
    const started = descendantsOf(child.pid as number);
    // On Node < 22 the tree is: this Node, the Node 22, the embedded database's socket, the command.
    if (Number(version.slice(1).split(".")[0]) < 22) expect(started.length).toBeGreaterThanOrEqual(2);
    expect(started.length).toBeGreaterThanOrEqual(1);
    child.kill(signal);
    await exited;
    await until(() => started.every((pid) => !running(pid)), `${started.join(", ")} to stop`);
  });
}
