import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { node, persistentVolume } from "../testing/kube-objects";
import { runTierscope, startTierscope } from "../testing/run-tierscope";
import { temporaryDataDir } from "../testing/temporary-data-dir";
import { controlSocketPath } from "./forwarding/control-socket";

// Every command beside a running `serve` on the same embedded database: it runs through the server
// (one PGlite session, one connection) and prints exactly what it prints with the server stopped.

const BIN = path.resolve(import.meta.dirname, "../../bin/tierscope.mjs");
const PASSWORD = "correct horse battery staple";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The connections to the server's control socket, the listening one included (Linux). */
function controlConnections(dataDir: string): number {
  const socket = controlSocketPath(dataDir);
  return readFileSync("/proc/net/unix", "utf8")
    .split("\n")
    .filter((line) => line.endsWith(` ${socket}`)).length;
}

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 600; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Gave up waiting for ${what}`);
}

function previousMonth(now: Date): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
}

const storageClass = {
  apiVersion: "storage.k8s.io/v1",
  kind: "StorageClass",
  metadata: { name: "gp3", uid: "uid-sc-gp3", creationTimestamp: "2024-01-01T00:00:00Z" },
  provisioner: "ebs.csi.aws.com",
  parameters: { type: "gp3" },
};

describe("tierscope commands beside a running server on the same data folder", () => {
  const dataDir = temporaryDataDir("tierscope-beside-");
  const work = temporaryDataDir("tierscope-beside-cwd-");
  const month = previousMonth(new Date());
  const costsArgs = ["costs", "--month", month, "--by", "storage-class", "--format", "json"];
  let server: ChildProcess;

  const stopServer = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  };

  beforeAll(async () => {
    const port = await freePort();
    const started = await startTierscope(["serve", "--port", String(port)], dataDir, "Tierscope is ready");
    server = started.child;
    expect(started.output()).toContain(`Other tierscope commands on ${dataDir} run through this server.`);
    writeFileSync(path.join(work, "password.txt"), `${PASSWORD}\n`);
    writeFileSync(
      path.join(work, "cluster.json"),
      JSON.stringify({
        apiVersion: "v1",
        kind: "List",
        items: [
          node("n1", "aws:///us-east-1a/i-1", "us-east-1"),
          storageClass,
          persistentVolume("data", { size: "1000Gi", storageClass: "gp3", created: "2024-01-01T00:00:00Z" }),
        ],
      }),
    );
  });

  afterAll(stopServer);

  it("imports files named relative to the caller's folder, and reads the costs", async () => {
    const imported = await runTierscope(
      ["import", "files", "cluster.json", "--cluster", "prod", "--observed-at", new Date().toISOString()],
      dataDir,
      undefined,
      { cwd: work },
    );
    expect(imported.stderr).toBe("");
    expect(imported.status).toBe(0);
    const costs = await runTierscope(costsArgs, dataDir);
    expect(costs.status).toBe(0);
    const report = JSON.parse(costs.stdout) as { groups: { name: string; total: string }[] };
    // gp3 in us-east-1: 1,000 GiB × $0.08 for a whole month, IOPS and throughput at the free baseline.
    expect(report.groups.map((g) => [g.name, Number(g.total).toFixed(2)])).toEqual([["gp3", "80.00"]]);
  });

  it("creates accounts with a password from a relative file or from standard input, and lists them", async () => {
    const fromFile = await runTierscope(
      [
        "users",
        "create",
        "--email",
        "admin@example.com",
        "--role",
        "admin",
        "--password-file",
        "password.txt",
      ],
      dataDir,
      undefined,
      { cwd: work },
    );
    expect(fromFile.stderr).toBe("");
    expect(fromFile.stdout).toContain("Created admin@example.com (admin)");
    const fromStdin = await runTierscope(
      ["users", "create", "--email", "viewer@example.com", "--role", "viewer"],
      dataDir,
      undefined,
      { input: `${PASSWORD}\n` },
    );
    expect(fromStdin.stderr).toBe("");
    expect(fromStdin.status).toBe(0);
    const list = await runTierscope(["users", "list"], dataDir);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/admin@example\.com/);
    expect(list.stdout).toMatch(/viewer@example\.com/);
  });

  it("reports a command's error and status as when run directly, and the server goes on", async () => {
    const bad = await runTierscope(["costs", "--from", "2026-03-05", "--to", "2026-03-01"], dataDir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^tierscope: --\w+: .+\n$/);
    const unknown = await runTierscope(["users", "frobnicate"], dataDir);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    const help = await runTierscope(["costs", "--help"], dataDir);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: tierscope costs");
    expect((await runTierscope(["users", "list"], dataDir)).status).toBe(0);
  });

  it("refuses exec, saying what to do instead", async () => {
    const exec = await runTierscope(["exec", "--", "true"], dataDir);
    expect(exec.status).toBe(1);
    expect(exec.stderr).toMatch(/^tierscope: exec cannot run beside the Tierscope process \(pid \d+\)/);
    expect(exec.stderr).toContain("Run `tierscope <command>` instead");
  });

  it("keeps serving when a caller is killed in the middle of its command", async () => {
    // Standard input stays open: the command waits in the server for the caller's password.
    const caller = spawn(
      process.execPath,
      [BIN, "users", "create", "--email", "gone@example.com", "--role", "viewer"],
      {
        env: { ...process.env, TIERSCOPE_DATA_DIR: dataDir, DATABASE_URL: "" },
      },
    );
    const exited = new Promise((resolve) => caller.once("exit", resolve));
    await until(() => controlConnections(dataDir) > 1, "the caller to connect to the server");
    caller.kill("SIGKILL");
    await exited;
    expect(server.exitCode).toBeNull();
    const list = await runTierscope(["users", "list"], dataDir);
    expect(list.status).toBe(0);
    expect(list.stdout).toContain("admin@example.com");
    expect(list.stdout).not.toContain("gone@example.com");
  });

  it("printed through the server exactly what the command prints with the server stopped", async () => {
    const through = await runTierscope(costsArgs, dataDir);
    const users = await runTierscope(["users", "list"], dataDir);
    await stopServer();
    const direct = await runTierscope(costsArgs, dataDir);
    expect(direct.status).toBe(0);
    expect(direct.stdout).toBe(through.stdout);
    expect((await runTierscope(["users", "list"], dataDir)).stdout).toBe(users.stdout);
  });
});
