// One import or export for the memory benchmark, in a process of its own so its peak RSS is its
// own: tsx scripts/bench-memory-import.ts <dump|metrics> <file> <cluster>, or focus <out-file>
// (the FOCUS export of bench-memory-focus.ts's month, streamed to the file as `tierscope report
// --format focus --out` does). Prints one JSON line.
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createPrisma } from "../lib/db/prisma";
import { readKubeFiles } from "../lib/ingest/kube/read-kube-files";
import { normalizeSamples } from "../lib/ingest/metrics/normalize-samples";
import { readMetricFiles } from "../lib/ingest/metrics/read-metric-files";
import { getClusterByNameOrThrow } from "../lib/queries/clusters/get-cluster-by-name-or-throw";
import { storeMetricSamples } from "../lib/queries/metrics/store-metric-samples";
import { importKubeObjects } from "../lib/services/ingest/import-kube-objects";
import { renderChargebackReport } from "../lib/services/reports/render-chargeback-report";
import { systemContext } from "../lib/services/service-context";
import { FOCUS_MONTH, FOCUS_NOW } from "./bench-memory-focus";

const [kind, file, cluster] = process.argv.slice(2) as [string, string, string];
const db = createPrisma(process.env.DATABASE_URL as string);
const started = performance.now();
let items = 0;
if (kind === "dump") {
  const summary = await importKubeObjects(db, {
    cluster: { name: cluster },
    source: "files",
    sourceRef: file,
    observedAt: new Date("2026-09-01T00:00:00Z"),
    objects: readKubeFiles([file]),
    now: () => new Date(),
  });
  items = summary.kinds.reduce((n, k) => n + k.seen, 0);
} else if (kind === "focus") {
  const rendered = await renderChargebackReport(db, {
    ctx: systemContext("bench-memory"),
    input: { month: FOCUS_MONTH, by: "team", format: "focus", preliminary: true, now: FOCUS_NOW },
  });
  // Rows: the lines after the header.
  items = -1;
  async function* counted(body: AsyncIterable<string>) {
    for await (const chunk of body) {
      items += chunk.split("\n").length - 1;
      yield chunk;
    }
  }
  await pipeline(Readable.from(counted(rendered.body as AsyncIterable<string>)), createWriteStream(file));
} else {
  const { id } = await getClusterByNameOrThrow(db, cluster);
  const totals = await storeMetricSamples(db, {
    clusterId: id,
    events: normalizeSamples(readMetricFiles([file])),
  });
  items = totals.samples.new;
}
await db.$disconnect();
console.log(
  JSON.stringify({
    items,
    seconds: (performance.now() - started) / 1000,
    // resourceUsage reports kilobytes.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
