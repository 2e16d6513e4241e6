import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const BIN = path.resolve(import.meta.dirname, "../../bin/tierscope.mjs");

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

function environment(dataDir: string, databaseUrl?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TIERSCOPE_DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return env;
}

/**
 * Runs `tierscope ARGS` to completion on the embedded database in `dataDir`, or on `databaseUrl`;
 * from `cwd` when given, with `input` as its whole standard input when given.
 */
export function runTierscope(
  args: string[],
  dataDir: string,
  databaseUrl?: string,
  options: { cwd?: string; input?: string } = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: environment(dataDir, databaseUrl),
      cwd: options.cwd,
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("exit", (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * Starts a long-running `tierscope ARGS` (with `env` added to its environment) and resolves once its
 * output contains `readyText`.
 */
export function startTierscope(
  args: string[],
  dataDir: string,
  readyText: string,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...environment(dataDir), ...env } });
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes(readyText)) resolve({ child, output: () => output });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (status) =>
      reject(new Error(`tierscope ${args.join(" ")} exited ${status}:\n${output}`)),
    );
  });
}
