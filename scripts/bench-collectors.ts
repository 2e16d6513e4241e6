// Collector push benchmark (npm run bench:collectors [-- --collectors 50 --objects 2000]): starts
// `tierscope serve` on DATABASE_URL (or a fresh embedded database), then N collectors push at
// once, each its own cluster of M objects in the fleet proportions of bench:ingest, through the
// collector's own push code (gzip JSON lines, streamed, retried). Prints observations and objects
// per second and the server's peak memory (VmHWM), next to one collector pushing alone (baseline).
// Last run (2026-12-08, embedded PGlite, 2 cores at load average about 25): --collectors 50
// --objects 100: one alone 103 objects in 26.1 s; 50 at once 50 observations, 5,150 objects in
// 575 s (0.09 observations/s, 9 objects/s); server 652 MiB after start, peak 860 MiB.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { KINDS } from "../lib/ingest/kube/kube-kinds";
import type { RawObject } from "../lib/ingest/kube/read-kube-files";
import {
  CONTENT_SHA256_HEADER,
  KIND_OUTCOMES_HEADER,
  OBSERVED_AT_HEADER,
} from "../lib/ingest/push/push-protocol";
import { pushWithRetry } from "../lib/ingest/push/push-with-retry";
import { writePushBody } from "../lib/ingest/push/write-push-body";
import { benchObject, FLEET_SHARES } from "./bench-ingest-objects";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const collectors = arg("collectors", 50);
const objectsPerCluster = arg("objects", 2000);
const port = arg("port", 3191);
const root = path.resolve(import.meta.dirname, "..");
const work = mkdtempSync(path.join(tmpdir(), "tierscope-bench-collectors-"));
const run = Date.now().toString(36);
const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;

async function* clusterObjects(cluster: number): AsyncGenerator<RawObject> {
  for (const [kind, share] of FLEET_SHARES) {
    const count = Math.max(1, Math.round(objectsPerCluster * share));
    for (let i = 0; i < count; i++) {
      const object = benchObject(kind, cluster * 1_000_000 + i) as { kind?: string };
      const { kind: _kind, ...item } = object;
      yield { value: item, position: `${kind} ${i}`, inList: true, listKind: `${kind}List` };
    }
  }
}

function startServer(): Promise<ChildProcess> {
  const env = { ...process.env, TIERSCOPE_DATA_DIR: path.join(work, "data"), NEXT_TELEMETRY_DISABLED: "1" };
  const child = spawn(
    process.execPath,
    [
      path.join(root, "bin", "tierscope.mjs"),
      "serve",
      "--port",
      String(port),
      "--host",
      "127.0.0.1",
      "--no-digest-worker",
    ],
    { env, stdio: ["ignore", "pipe", "pipe"] },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes("Tierscope is ready")) resolve(child);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (status) => reject(new Error(`the server exited ${status}:\n${output}`)));
  });
}

/**
 * The peak resident memory so far (Linux) of the server: the process `bin/tierscope.mjs` runs in,
 * which on a Node older than 22 is the Node 22 child it starts (the launcher stays at a few tens of
 * MiB).
 */
function peakRss(pid: number): number {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (children.length > 0) return Math.max(...children.map((child) => peakRss(Number(child))));
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmHWM:\s+(\d+) kB/);
  return Number(line?.[1] ?? 0) * 1024;
}

async function pushAll(
  bodies: { file: string; sha: string; cluster: string }[],
  tokenOf: (c: string) => string,
) {
  const started = performance.now();
  await Promise.all(
    bodies.map((body) =>
      pushWithRetry({
        url: `http://127.0.0.1:${port}/api/v1/clusters/${body.cluster}/observations`,
        file: body.file,
        headers: {
          authorization: `Bearer ${tokenOf(body.cluster)}`,
          "content-type": "application/x-ndjson",
          "content-encoding": "gzip",
          [OBSERVED_AT_HEADER]: new Date().toISOString(),
          [KIND_OUTCOMES_HEADER]: JSON.stringify(
            Object.fromEntries(KINDS.map(({ kind }) => [kind, { complete: true }])),
          ),
          [CONTENT_SHA256_HEADER]: body.sha,
        },
        attempts: 8,
        fetch,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      }),
    ),
  );
  return (performance.now() - started) / 1000;
}

try {
  console.log(`Preparing ${collectors + 1} clusters of ${objectsPerCluster} objects…`);
  const bodies: { file: string; sha: string; cluster: string; objects: number; bytes: number }[] = [];
  for (let c = 0; c <= collectors; c++) {
    const file = path.join(work, `cluster-${c}.ndjson.gz`);
    const body = await writePushBody(clusterObjects(c), file);
    bodies.push({
      file,
      sha: body.contentSha256,
      cluster: `bench-${run}-${c}`,
      objects: body.lines,
      bytes: body.compressedBytes,
    });
  }
  // A collector token per cluster, made before the server holds the database.
  const created = spawnSync(
    process.execPath,
    [
      path.join(root, "bin", "tierscope.mjs"),
      "exec",
      "--",
      path.join(root, "node_modules", ".bin", "tsx"),
      path.join(root, "lib", "testing", "create-collector-token.ts"),
      ...bodies.map((b) => b.cluster),
    ],
    { env: { ...process.env, TIERSCOPE_DATA_DIR: path.join(work, "data") }, encoding: "utf8" },
  );
  if (created.status !== 0) throw new Error(`could not create the tokens: ${created.stderr}`);
  const lines = created.stdout.trim().split("\n").slice(-bodies.length);
  const tokens = new Map(bodies.map((b, i) => [b.cluster, lines[i] as string]));
  const server = await startServer();
  const pid = server.pid as number;
  const tokenOf = (cluster: string) => tokens.get(cluster) as string;
  try {
    const idleRss = peakRss(pid);
    const [alone, ...fleet] = bodies;
    const aloneSeconds = await pushAll([alone as (typeof bodies)[number]], tokenOf);
    const fleetSeconds = await pushAll(fleet, tokenOf);
    const objects = fleet.reduce((n, b) => n + b.objects, 0);
    const bytes = fleet.reduce((n, b) => n + b.bytes, 0);
    console.log(`database: ${process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite"}`);
    console.log(
      `baseline, 1 collector alone: ${alone?.objects} objects in ${aloneSeconds.toFixed(1)} s (${((alone?.objects ?? 0) / aloneSeconds).toFixed(0)} objects/s)`,
    );
    console.log(
      `${collectors} collectors at once: ${collectors} observations, ${objects} objects, ${mib(bytes)} gzip, in ${fleetSeconds.toFixed(1)} s`,
    );
    console.log(
      `  ${(collectors / fleetSeconds).toFixed(2)} observations/s, ${(objects / fleetSeconds).toFixed(0)} objects/s`,
    );
    console.log(`server memory: ${mib(idleRss)} after start, peak ${mib(peakRss(pid))} (VmHWM)`);
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
