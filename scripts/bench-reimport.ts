// Re-import benchmark (npm run bench:reimport [-- --objects N]): imports the same N objects
// (default 5,000, which finishes in about 5 minutes on a loaded 2-core machine; `--objects 100000`
// is the size; in the fleet proportions of bench:ingest) three times into one cluster, each
// time with its costs brought up to date, as `tierscope import files` does. The first import, on a
// fresh database, is the baseline: with the planner's statistics refreshed after each bulk write,
// the second and third take about as long, though the tables are no longer empty. Runs on
// DATABASE_URL, or on the embedded database (via tierscope exec). Then `tierscope import files` of
// the same objects is killed (SIGKILL) just before its transaction commits, leaving a whole import's
// rows dead in the tables, and the same import is run and timed again.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrisma } from "../lib/db/prisma";
import { readKubeFiles } from "../lib/ingest/kube/read-kube-files";
import { bringCostsUpToDate } from "../lib/services/costs/bring-costs-up-to-date";
import { importKubeObjects } from "../lib/services/ingest/import-kube-objects";
import { systemContext } from "../lib/services/service-context";
import { writeBenchDump } from "./bench-ingest-objects";

const total = Number(process.argv[process.argv.indexOf("--objects") + 1]) || 5_000;
const url = process.env.DATABASE_URL;
if (!url) throw new Error("run through `npm run bench:reimport` (it provides the database)");

const dir = mkdtempSync(path.join(tmpdir(), "tierscope-bench-"));
const { files, objects } = await writeBenchDump(dir, total);
const db = createPrisma(url);
const cluster = `bench-${Date.now()}`;
const seconds = (since: number) => (performance.now() - since) / 1000;
const rounds: { importSeconds: number; costSeconds: number }[] = [];

/** `tierscope import files` of the dump, SIGKILLed before its commit: its rows written, then lost. */
function killedImport(observedAt: Date): void {
  const run = spawnSync(
    process.execPath,
    [
      path.join(import.meta.dirname, "../bin/tierscope.mjs"),
      "import",
      "files",
      "--cluster",
      cluster,
      "--observed-at",
      observedAt.toISOString(),
      ...files,
    ],
    { env: { ...process.env, TIERSCOPE_KILL_AT: "import:before-commit#1" }, encoding: "utf8" },
  );
  if (run.signal !== "SIGKILL") throw new Error(`the import was not killed: ${run.stderr || run.stdout}`);
  console.log(
    `import killed before its commit (${objects.toLocaleString("en-US")} objects written, then lost)`,
  );
}

try {
  for (let round = 1; round <= 4; round++) {
    const now = new Date();
    if (round === 4) killedImport(now);
    let started = performance.now();
    const summary = await importKubeObjects(db, {
      cluster: { name: cluster },
      source: "files",
      sourceRef: `bench round ${round}`,
      observedAt: now,
      objects: readKubeFiles(files),
      now: () => new Date(),
    });
    const importSeconds = seconds(started);
    started = performance.now();
    const costs = await bringCostsUpToDate(db, {
      ctx: systemContext("bench"),
      input: { now, clusterId: summary.clusterId },
    });
    const costSeconds = seconds(started);
    rounds.push({ importSeconds, costSeconds });
    const changed = summary.kinds.reduce((n, k) => n + k.new + k.changed, 0);
    const baseline = rounds[0] as { importSeconds: number; costSeconds: number };
    console.log(
      `import ${round}${round === 4 ? " (after the killed one)" : ""}: ${objects.toLocaleString("en-US")} objects (${changed.toLocaleString("en-US")} new or changed) ` +
        `in ${importSeconds.toFixed(1)} s (${(importSeconds / baseline.importSeconds).toFixed(2)}x the first); ` +
        `costs ${costs.facts.toLocaleString("en-US")} facts, ${costs.from} to ${costs.to}, in ${costSeconds.toFixed(1)} s ` +
        `(${(costSeconds / baseline.costSeconds).toFixed(2)}x the first)`,
    );
  }
} finally {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  "baseline, issue 18 before statistics were refreshed: 100,000 objects imported in 14 s on a fresh database; " +
    "imported again after a killed import, not finished in 10 minutes",
);
