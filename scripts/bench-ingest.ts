// Ingestion benchmark (npm run bench:ingest [-- --objects N]): writes a kubectl-style dump of N
// objects (default 1,000,000) in the fleet proportions of the brief, imports it with
// `importKubeObjects` exactly as `tierscope import files` does, and prints objects per second and
// peak memory, next to what PostgreSQL's COPY takes for the same rows into copies of the same
// tables (same indexes). Runs on DATABASE_URL, or on the embedded database (via tierscope exec).
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { createPrisma } from "../lib/db/prisma";
import { KINDS } from "../lib/ingest/kube/kube-kinds";
import { normalizeObject } from "../lib/ingest/kube/normalize-object";
import type { NormalizedObject } from "../lib/ingest/kube/normalized-object";
import { readKubeFiles } from "../lib/ingest/kube/read-kube-files";
import { toRowJson } from "../lib/queries/ingest/object-tables";
import { importKubeObjects } from "../lib/services/ingest/import-kube-objects";
import { writeBenchDump } from "./bench-ingest-objects";

const total = Number(process.argv[process.argv.indexOf("--objects") + 1]) || 1_000_000;
const url = process.env.DATABASE_URL;
if (!url) throw new Error("run through `npm run bench:ingest` (it provides the database)");

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

// 1. The dump: one kubectl-style List file per kind.
const dir = mkdtempSync(path.join(tmpdir(), "tierscope-bench-"));
let started = performance.now();
const { files, counts, objects } = await writeBenchDump(dir, total);
console.log(
  `dump: ${objects.toLocaleString("en-US")} objects in ${files.length} files, written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`  ${counts.map(([k, c]) => `${k} ${c.toLocaleString("en-US")}`).join(", ")}`);

// 2. The import, as `tierscope import files` runs it.
const db = createPrisma(url);
const rssBefore = process.memoryUsage().rss;
peakRss = rssBefore;
const rssAt: string[] = [];
started = performance.now();
const summary = await importKubeObjects(db, {
  cluster: { name: `bench-${Date.now()}` },
  source: "files",
  sourceRef: "bench",
  observedAt: new Date(),
  objects: readKubeFiles(files),
  now: () => new Date(),
  onProgress: (n) => {
    if (n % 100_000 === 0) rssAt.push(`${n / 1000}k: ${mib(process.memoryUsage().rss)}`);
  },
});
const importSeconds = (performance.now() - started) / 1000;
const imported = summary.kinds.reduce((n, k) => n + k.new, 0);
console.log(
  `import: ${imported.toLocaleString("en-US")} objects in ${importSeconds.toFixed(1)} s = ` +
    `${Math.round(imported / importSeconds).toLocaleString("en-US")} objects/s; ` +
    `RSS before ${mib(rssBefore)}, peak ${mib(peakRss)} (${rssAt.join(", ")})`,
);
await db.$disconnect();

// 3. COPY of the same rows into copies of the same tables, with the same indexes.
const csvDir = path.join(dir, "csv");
const { mkdirSync } = await import("node:fs");
mkdirSync(csvDir);
function csvValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value)
    ? `{${value.map((v) => `"${String(v).replace(/["\\]/g, "\\$&")}"`).join(",")}}`
    : typeof value === "object"
      ? JSON.stringify(value)
      : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}
const csvFiles = new Map<string, { file: string; columns: string[] }>();
const writers = new Map<string, ReturnType<typeof createWriteStream>>();
for await (const raw of readKubeFiles(files)) {
  const object = normalizeObject(raw.value, raw.position, raw.listKind) as NormalizedObject;
  const { table } = KINDS.find((k) => k.kind === object.kind) as (typeof KINDS)[number];
  const { deletionRequestedAt: _d, ...namespaceFields } = object.fields as Record<string, unknown>;
  const row = toRowJson({
    clusterId: "00000000-0000-4000-8000-000000000000",
    ...(object.kind === "Namespace" ? namespaceFields : object.fields),
    contentHash: object.contentHash,
    firstSeenAt: new Date(),
    lastSeenAt: new Date(),
  });
  let target = csvFiles.get(table);
  if (!target) {
    target = { file: path.join(csvDir, `${table}.csv`), columns: Object.keys(row) };
    csvFiles.set(table, target);
    writers.set(table, createWriteStream(target.file));
  }
  const out = writers.get(table) as ReturnType<typeof createWriteStream>;
  if (!out.write(`${target.columns.map((c) => csvValue(row[c])).join(",")}\n`)) {
    await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
}
for (const out of writers.values()) {
  out.end();
  await finished(out);
}
const client = new pg.Client({ connectionString: url });
await client.connect();
const version = (await client.query<{ v: string }>("SELECT version() AS v")).rows[0]?.v.split(",")[0] ?? "";
if (version.includes("PGlite")) {
  // pglite-socket does not implement the COPY FROM STDIN sub-protocol.
  console.log("COPY:   not available on the embedded database (PGlite's socket has no COPY FROM STDIN);");
  console.log("        run with DATABASE_URL=postgresql://… for the comparison.");
} else {
  await client.query("BEGIN");
  let copySeconds = 0;
  for (const [table, { file, columns }] of csvFiles) {
    // Regular tables (WAL-logged like the real ones), created and dropped inside one rolled-back transaction.
    await client.query(`CREATE TABLE "bench_${table}" (LIKE "${table}" INCLUDING ALL)`);
    started = performance.now();
    const stream = client.query(
      copyFrom(
        `COPY "bench_${table}" (${columns.map((c) => `"${c}"`).join(",")}) FROM STDIN WITH (FORMAT csv)`,
      ),
    );
    await finished(createReadStream(file).pipe(stream));
    copySeconds += (performance.now() - started) / 1000;
  }
  await client.query("ROLLBACK");
  console.log(
    `COPY:   ${objects.toLocaleString("en-US")} rows in ${copySeconds.toFixed(1)} s = ` +
      `${Math.round(objects / copySeconds).toLocaleString("en-US")} rows/s`,
  );
  console.log(`import / COPY: ${(importSeconds / copySeconds).toFixed(2)}x the time, on ${version}`);
}
await client.end();
clearInterval(sampler);
rmSync(dir, { recursive: true, force: true });
process.exit(0);
