// Costs benchmark (npm run bench:costs [-- --volumes N --clusters C --days D]): seeds C clusters
// with N PersistentVolumes in all (default 20,000 over 2 clusters; 10 % resized once, bound to
// claims mounted by pods), computes D days (default 90) of cost facts with the real engine, and
// times the Showback query for the last month grouped by namespace (it reads the daily rollups).
// Prints daily facts per second, the runs they are stored as and bytes per daily fact, and
// extrapolates both to the brief's fleet (500,000 volumes). Clusters are computed side by side on a PostgreSQL server, so use several.

import { isoDayOf } from "../lib/costing/day-window";
import { createPrisma } from "../lib/db/prisma";
import { loadBundledCatalog } from "../lib/queries/pricing/load-bundled-catalog";
import { readShowback } from "../lib/queries/showback/get-showback";
import { computeCostFacts } from "../lib/services/costs/compute-cost-facts";
import { ZShowbackQuery } from "../lib/services/showback/showback-params";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const volumes = arg("volumes", 20_000);
const clusters = arg("clusters", 2);
const days = arg("days", 90);
const url = process.env.DATABASE_URL;
if (!url) throw new Error("run through `npm run bench:costs` (it provides the database)");

const db = createPrisma(url);
const now = new Date();
// Every volume exists before the window ends: created over the 60 days from `start`.
const start = new Date(now.getTime() - Math.max(days + 30, 61) * 86_400_000);
const iso = (d: Date) => d.toISOString();
await loadBundledCatalog(db, { now });
const org = await db.organization.upsert({
  where: { slug: "bench" },
  create: { slug: "bench", name: "Bench" },
  update: {},
});

async function insertJson(table: string, rows: unknown[]) {
  for (let i = 0; i < rows.length; i += 5000) {
    await db.$executeRawUnsafe(
      `INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      JSON.stringify(rows.slice(i, i + 5000)),
    );
  }
}

let seeded = performance.now();
const classes: [string, string, Record<string, string>][] = [
  ["gp3", "ebs.csi.aws.com", { type: "gp3" }],
  ["gp3-fast", "ebs.csi.aws.com", { type: "gp3", iops: "6000", throughput: "250" }],
  ["io2", "ebs.csi.aws.com", { type: "io2", iops: "20000" }],
  ["gp2", "ebs.csi.aws.com", { type: "gp2" }],
  ["local", "kubernetes.io/no-provisioner", {}],
];
for (let c = 0; c < clusters; c++) {
  const cluster = await db.cluster.create({
    data: { orgId: org.id, name: `bench-${Date.now()}-${c}`, provider: "aws", region: "us-east-1" },
  });
  const common = {
    cluster_id: cluster.id,
    first_seen_at: iso(start),
    last_seen_at: iso(now),
    created_at: iso(start),
  };
  await insertJson(
    "storage_class",
    classes.map(([name, provisioner, parameters]) => ({
      ...common,
      uid: `sc-${name}`,
      name,
      provisioner,
      parameters,
      is_default: false,
      labels: {},
      annotations: {},
    })),
  );
  const pvs: unknown[] = [];
  const revisions: unknown[] = [];
  const pods: unknown[] = [];
  const podVolumes: unknown[] = [];
  const perCluster = Math.ceil(volumes / clusters);
  for (let i = 0; i < perCluster; i++) {
    const uid = `pv-${c}-${i}`;
    const ns = `team-${i % 500}`;
    const claim = `data-${i}`;
    const [sc] = classes[i % classes.length] as (typeof classes)[number];
    const created = new Date(start.getTime() + (i % 60) * 86_400_000);
    const size = BigInt(100 + (i % 20) * 50) * 1024n ** 3n;
    pvs.push({
      ...common,
      uid,
      name: uid,
      storage_class_name: sc,
      capacity_bytes: size.toString(),
      access_modes: ["ReadWriteOnce"],
      reclaim_policy: "Delete",
      phase: "Bound",
      claim_namespace: ns,
      claim_name: claim,
      created_at: iso(created),
      volume_attributes: {},
      labels: {},
      annotations: {},
    });
    const resized = i % 10 === 0 ? new Date(created.getTime() + 5 * 86_400_000 + 3_600_000) : null;
    const base = {
      cluster_id: cluster.id,
      uid,
      phase: "Bound",
      storage_class_name: sc,
      claim_namespace: ns,
      claim_name: claim,
    };
    revisions.push({
      ...base,
      valid_from: iso(created),
      valid_to: resized ? iso(resized) : null,
      capacity_bytes: size.toString(),
    });
    if (resized)
      revisions.push({
        ...base,
        valid_from: iso(resized),
        valid_to: null,
        capacity_bytes: (size * 2n).toString(),
      });
    if (i % 2 === 0) {
      const pod = `pod-${c}-${i}`;
      pods.push({
        ...common,
        uid: pod,
        namespace: ns,
        name: pod,
        phase: "Running",
        started_at: iso(created),
        created_at: iso(created),
        workload_kind: "Deployment",
        workload_name: `app-${i % 2000}`,
        gpu_request: "0",
        labels: {},
        annotations: {},
      });
      podVolumes.push({
        cluster_id: cluster.id,
        pod_uid: pod,
        volume_name: "data",
        type: "persistentVolumeClaim",
        claim_name: claim,
        read_only: false,
      });
    }
  }
  await insertJson("persistent_volume", pvs);
  await insertJson("persistent_volume_revision", revisions);
  await insertJson("pod", pods);
  await insertJson("pod_volume", podVolumes);
}
console.log(
  `seeded ${volumes.toLocaleString("en-US")} volumes in ${clusters} cluster(s) in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
);

const from = isoDayOf(now.getTime() - (days - 1) * 86_400_000);
const to = isoDayOf(now);
seeded = performance.now();
let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 100);
const result = await computeCostFacts(db, { from, to, now });
clearInterval(sampler);
const seconds = (performance.now() - seeded) / 1000;
const perSecond = result.facts / seconds;
console.log(
  `compute: ${result.facts.toLocaleString("en-US")} facts (${days} days) in ${seconds.toFixed(1)} s = ` +
    `${Math.round(perSecond).toLocaleString("en-US")} facts/s, peak RSS ${(peak / 1024 ** 2).toFixed(0)} MiB`,
);
const factsPerVolumeDay = result.facts / (volumes * days);
const fleetFacts = 500_000 * days * factsPerVolumeDay;
console.log(
  `extrapolated to 500,000 volumes × ${days} days: ${Math.round(fleetFacts).toLocaleString("en-US")} facts, ` +
    `about ${(fleetFacts / perSecond / 60).toFixed(0)} min on this machine at this rate`,
);

// What the facts and their rollups take on disk, to size a year of the fleet. Facts are stored as
// runs of identical days: bytes per daily fact is what a day of the fleet costs on disk.
const [size] = await db.$queryRawUnsafe<
  { facts: number; runs: number; fact_bytes: number; splits: number; split_bytes: number; rollups: number }[]
>(
  `SELECT (SELECT sum(last_day - first_day + 1) FROM cost_fact)::float8 AS facts,
          (SELECT count(*) FROM cost_fact)::float8 AS runs,
          pg_total_relation_size('cost_fact')::float8 AS fact_bytes,
          (SELECT count(*) FROM cost_fact_workload)::float8 AS splits,
          pg_total_relation_size('cost_fact_workload')::float8 AS split_bytes,
          (SELECT count(*) FROM cost_rollup_day)::float8 AS rollups`,
);
if (size) {
  const perFact = (size.fact_bytes + size.split_bytes) / size.facts;
  console.log(
    `storage: ${size.facts.toLocaleString("en-US")} daily facts in ${size.runs.toLocaleString("en-US")} runs ` +
      `(${(size.facts / size.runs).toFixed(1)} days per run) with ${size.splits.toLocaleString("en-US")} workload splits: ` +
      `${((size.fact_bytes + size.split_bytes) / 1024 ** 2).toFixed(0)} MiB with indexes, ${Math.round(perFact)} bytes per daily fact; ` +
      `${size.rollups.toLocaleString("en-US")} daily rollup rows; ` +
      `the 500,000-volume fleet's ${days} days would take ${((fleetFacts * perFact) / 1024 ** 3).toFixed(1)} GiB`,
  );
}

// The Showback API's query: the current month, grouped by namespace, first page, as the page asks.
const monthStart = `${to.slice(0, 7)}-01`;
const query = ZShowbackQuery.parse({ from: monthStart, to, by: "namespace" });
for (const run of [1, 2, 3]) {
  const t = performance.now();
  const result = await readShowback(db, { ...query, teamIds: null });
  console.log(
    `showback ${monthStart}..${to} by namespace, run ${run}: ${(performance.now() - t).toFixed(0)} ms (${result.groups.length} groups on the page)`,
  );
}
await db.$disconnect();
process.exit(0);
