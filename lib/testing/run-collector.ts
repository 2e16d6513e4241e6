import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

const BIN = path.resolve(import.meta.dirname, "../../bin/tierscope.mjs");

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface CollectorArgs {
  server: string;
  tokenFile: string;
  cluster: string;
  kubeconfig: string;
  /** Further options, e.g. --prometheus URL. */
  extra?: string[];
}

/** `tierscope collect … --format json` as a child process, with its output (stdout and stderr). */
export function runCollector(
  dataDir: string,
  args: CollectorArgs,
): { child: ChildProcess; done: Promise<{ status: number | null; output: string }> } {
  const child = spawn(
    process.execPath,
    [
      BIN,
      "collect",
      "--server",
      args.server,
      "--token-file",
      args.tokenFile,
      "--cluster",
      args.cluster,
      "--kubeconfig",
      args.kubeconfig,
      "--format",
      "json",
      ...(args.extra ?? []),
    ],
    { env: { ...process.env, TIERSCOPE_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" } },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const done = new Promise<{ status: number | null; output: string }>((resolve) =>
    child.on("exit", (status) => resolve({ status, output })),
  );
  return { child, done };
}
