// Memory benchmark (npm run bench:memory [-- --sizes 10,100,1000]): writes a pod dump and a
// Prometheus text file of each size (MB), imports each in a process of its own exactly as
// `tierscope import files` / `import metrics --file` do, then grows a cluster of volumes until a
// month's FOCUS export is each size and exports it (as `tierscope report --format focus --out`);
// prints each one's peak RSS beside the baseline: the same of a 1 MB input, and the figures measured
// before Prisma's debug histories were emptied (lib/db/forget-prisma-debug-history.ts) and before the
// heap ceiling (lib/heap-ceiling.ts). Flat means: the same peak at every size. The files
// are written to a temporary directory and deleted after each size.
// Runs on DATABASE_URL, or on the embedded database (via tierscope exec); the database server's
// own memory is not the importer's and is not counted.
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import { createPrisma } from "../lib/db/prisma";
import { ensureCluster } from "../lib/queries/clusters/ensure-cluster";
import { benchObject } from "./bench-ingest-objects";
import { growFocusCluster } from "./bench-memory-focus";

const argument = process.argv[process.argv.indexOf("--sizes") + 1];
const sizesMb = (process.argv.includes("--sizes") && argument ? argument : "10,100,1000")
  .split(",")
  .map(Number);
const url = process.env.DATABASE_URL;
if (!url) throw new Error("run through `npm run bench:memory` (it provides the database)");
const dir = mkdtempSync(path.join(tmpdir(), "tierscope-bench-memory-"));
const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;

async function writeFile(
  name: string,
  targetBytes: number,
  line: (i: number) => string,
  head = "",
  tail = "",
) {
  const file = path.join(dir, name);
  const out = createWriteStream(file);
  out.write(head);
  let written = head.length;
  for (let i = 0; written < targetBytes; i++) {
    const text = line(i);
    written += text.length;
    if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  out.end(tail);
  await finished(out);
  return file;
}

const podDump = (bytes: number, name: string) =>
  writeFile(
    name,
    bytes,
    (i) => `${i > 0 ? ",\n" : ""}${JSON.stringify(benchObject("Pod", i))}`,
    '{"apiVersion":"v1","kind":"List","items":[\n',
    "\n]}\n",
  );

// One sample a line, each of its own series time: 10,000 claims × as many minutes as fit.
const T0 = Date.UTC(2026, 7, 1) / 1000;
const metricsText = (bytes: number, name: string) =>
  writeFile(name, bytes, (i) => {
    const claim = i % 10_000;
    return `kubelet_volume_stats_used_bytes{namespace="team-${claim % 200}",persistentvolumeclaim="claim-${claim}"} ${1e9 + i} ${(T0 + 60 * Math.floor(i / 10_000)) * 1000}\n`;
  });

interface Run {
  items: number;
  seconds: number;
  peakRssBytes: number;
}

function importInChild(kind: "dump" | "metrics" | "focus", file: string, cluster = ""): Run {
  const output = execFileSync(
    "npx",
    ["tsx", path.join(import.meta.dirname, "bench-memory-import.ts"), kind, file, cluster],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(output.trim().split("\n").at(-1) as string) as Run;
}

const db = createPrisma(url);
const rows: string[][] = [];
const measure = async (label: string, mb: number) => {
  const cluster = `bench-memory-${label}`;
  await ensureCluster(db, { name: cluster });
  const dump = await podDump(mb * 1e6, `pods-${label}.json`);
  const metrics = await metricsText(mb * 1e6, `metrics-${label}.prom`);
  for (const [kind, file] of [
    ["dump", dump],
    ["metrics", metrics],
  ] as const) {
    const run = importInChild(kind, file, cluster);
    rows.push([
      kind === "dump" ? "pod dump (JSON)" : "Prometheus text",
      mib(statSync(file).size),
      run.items.toLocaleString("en-US"),
      mib(run.peakRssBytes),
      `${run.seconds.toFixed(1)} s`,
    ]);
    console.log(rows.at(-1)?.join("  "));
  }
  rmSync(dump);
  rmSync(metrics);
};

// The FOCUS export grows with the cluster: volumes are added until it reaches each size, from
// the bytes a volume's month came to in the export before.
let focusVolumes = 0;
let bytesPerVolume = 0;
const measureFocus = async (mb: number) => {
  const target = Math.max(focusVolumes, bytesPerVolume ? Math.ceil((mb * 1e6) / bytesPerVolume) : 100);
  await growFocusCluster(db, focusVolumes, target);
  focusVolumes = target;
  const file = path.join(dir, `focus-${mb}mb.csv`);
  const run = importInChild("focus", file);
  const bytes = statSync(file).size;
  bytesPerVolume = bytes / focusVolumes;
  rows.push([
    "FOCUS export",
    mib(bytes),
    run.items.toLocaleString("en-US"),
    mib(run.peakRssBytes),
    `${run.seconds.toFixed(1)} s`,
  ]);
  console.log(rows.at(-1)?.join("  "));
  rmSync(file);
};

try {
  await measure("baseline", 1);
  for (const mb of sizesMb) await measure(`${mb}mb`, mb);
  await measureFocus(1);
  for (const mb of sizesMb) await measureFocus(mb);
} finally {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}

console.log("\ninput              size       items      peak RSS   time");
for (const row of rows)
  console.log(
    `${(row[0] as string).padEnd(18)} ${(row[1] as string).padStart(9)} ${(row[2] as string).padStart(11)} ${(row[3] as string).padStart(10)} ${(row[4] as string).padStart(7)}`,
  );
console.log(
  "baseline before Prisma's debug histories were emptied (same measure): pod dump 269 MiB at 1 MB, 347 MiB at 10 MB, " +
    "405 MiB at 95 MB; Prometheus text 262 MiB at 1 MB, 280 MiB at 10 MB",
);
console.log(
  "before the heap ceiling (pod dump): 255 MiB at 1 MB, 289 MiB at 10 MB, 440 MiB at 95 MB; " +
    "issue 18 before streaming: 403 MiB at 20 MB, 870 MiB at 200 MB",
);
