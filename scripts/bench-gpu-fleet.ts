// GPU fleet benchmark (npm run bench:gpu [-- --pods N --clusters C]): seeds C clusters (default 2)
// of N one-GPU pods each (default 50,000, the fleet that answered 500), each pod with its
// dataset claim, PV and utilisation samples, then times the fleet-wide GPU idle report and the
// recommendations list, as GET /api/v1/gpu-idle and /api/v1/recommendations read them. The
// baseline is the code before set-based loading: it failed on PostgreSQL's bind-parameter limit
// above about 16,000 GPU pods in one cluster.

import { createPrisma } from "../lib/db/prisma";
import { readGpuIdleReport } from "../lib/queries/gpu/get-gpu-idle-report";
import { loadBundledCatalog } from "../lib/queries/pricing/load-bundled-catalog";
import { readRecommendations } from "../lib/queries/recommendations/list-recommendations";
import { seedGpuFleetCluster } from "../lib/testing/seed-gpu-fleet-cluster";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const pods = arg("pods", 50_000);
const clusters = arg("clusters", 2);
const url = process.env.DATABASE_URL;
if (!url) throw new Error("run through `npm run bench:gpu` (it provides the database)");

const db = createPrisma(url);
const now = new Date();
const day = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
await loadBundledCatalog(db, { now });
const org = await db.organization.create({ data: { slug: `bench-gpu-${Date.now()}`, name: "Bench GPU" } });
const seeded = performance.now();
const names: string[] = [];
for (let c = 0; c < clusters; c++) {
  names.push(`bench-gpu-${Date.now()}-${c}`);
  await seedGpuFleetCluster(db, {
    orgId: org.id,
    name: names.at(-1) as string,
    pods,
    startAt: `${day}T00:00:00Z`,
  });
}
console.log(`seeded ${clusters} × ${pods} GPU pods in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

const timed = async <T>(label: string, run: () => Promise<T>) => {
  const started = performance.now();
  const result = await run();
  console.log(
    `${label}: ${((performance.now() - started) / 1000).toFixed(1)} s (baseline: failed, bind-parameter limit)`,
  );
  return result;
};
const report = await timed("GPU idle, whole fleet, by namespace", () =>
  readGpuIdleReport(db, {
    now,
    window: { from: day, to: day },
    by: "namespace",
    page: 1,
    pageSize: 25,
    teamIds: null,
  }),
);
console.log(`  ${report.totals.podCount} pods, ${report.totals.allocatedGpuHours} GPU-hours allocated`);
await timed("recommendations, whole fleet", () => readRecommendations(db, { now, teamIds: null }));
await db.cluster.deleteMany({ where: { name: { in: names } } });
await db.organization.delete({ where: { id: org.id } });
await db.$disconnect();
