// Showback read benchmark (npm run bench:showback [-- --clusters C --namespaces N --classes S
// --from DAY --days D] [-- --reuse]): the pages' queries over rollups at the brief's fleet cardinality
// (default 50 clusters × 500 namespaces × 5 storage classes, 50 teams, every day of September to
// November 2026), without computing the facts behind them: the day rollup rows are generated here,
// then each cluster's month rollups and daily trends are built from them by refreshMonthRollups, the
// code that builds them when costs are computed. So this measures the read path (bench:costs measures
// computing facts and their rollups). Prints the time of each grouping and of a team's page over a
// calendar month (October), a 30-day month (November, whose previous window is October but its first
// day) and two months with partial edges (Sep 16 – Nov 15: October whole, 30 edge days).
// --reuse times the newest bench fleet already in the database instead of generating one.

import { addDays } from "../lib/costing/cost-window";
import { createPrisma } from "../lib/db/prisma";
import { refreshMonthRollups } from "../lib/queries/costs/refresh-month-rollups";
import { readShowback } from "../lib/queries/showback/get-showback";
import { readTeamCosts } from "../lib/queries/showback/get-team-costs";
import { SHOWBACK_GROUPINGS, ZShowbackQuery } from "../lib/services/showback/showback-params";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const clusters = arg("clusters", 50);
const namespaces = arg("namespaces", 500);
const classes = arg("classes", 5);
const fromIndex = process.argv.indexOf("--from");
const from = fromIndex > 0 ? (process.argv[fromIndex + 1] as string) : "2026-09-01";
const days = arg("days", 91);
const teams = 50;
const url = process.env.DATABASE_URL;
if (!url) throw new Error("run through `npm run bench:showback` (it provides the database)");

const WINDOWS = [
  { label: "calendar month", from: "2026-10-01", to: "2026-10-31" },
  { label: "30-day month", from: "2026-11-01", to: "2026-11-30" },
  { label: "2 months, partial edges", from: "2026-09-16", to: "2026-11-15" },
];

const db = createPrisma(url);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function seed(): Promise<string> {
  const org = await db.organization.create({ data: { slug: `bench-${Date.now()}`, name: "Bench" } });
  const teamIds: string[] = [];
  for (let t = 0; t < teams; t++) {
    const team = await db.team.create({
      data: { orgId: org.id, slug: `${org.slug}-team-${t}`, name: `Team ${t}` },
    });
    teamIds.push(team.id);
  }
  const to = addDays(from, days - 1);
  const clusterIds: string[] = [];
  const seeded = performance.now();
  for (let c = 0; c < clusters; c++) {
    const cluster = await db.cluster.create({
      data: { orgId: org.id, name: `${org.slug}-${c}`, provider: "aws", region: "us-east-1" },
    });
    clusterIds.push(cluster.id);
    await db.$executeRawUnsafe(
      `INSERT INTO namespace (cluster_id, name, team_id, cost_centre, first_seen_at, last_seen_at)
       SELECT $1::uuid, 'ns-' || n, ($2::uuid[])[1 + n % $3], 'CC-' || (n % 7), now(), now()
         FROM generate_series(0, $4 - 1) n`,
      cluster.id,
      teamIds,
      teams,
      namespaces,
    );
    // Each namespace has volumes in every class each day, plus unallocated volumes left by one in ten.
    await db.$executeRawUnsafe(
      `INSERT INTO cost_rollup_day (cluster_id, day, resource_kind, currency, allocation, namespace,
         likely_owner_namespace, storage_class_name, category, cost, estimated_cost, resource_days,
         unpriced_resource_days, included_resource_days, fact_count)
       SELECT $1::uuid, $2::date + d, 'PersistentVolume', 'USD',
              CASE WHEN n % 10 = 9 AND s = 0 THEN 'unallocated' ELSE 'allocated' END::"AllocationKind",
              CASE WHEN n % 10 = 9 AND s = 0 THEN NULL ELSE 'ns-' || n END,
              CASE WHEN n % 10 = 9 AND s = 0 THEN 'ns-' || n END,
              'class-' || s, 'block', ((n * 7 + s * 13 + d) % 97 + 1) * 0.37, NULL, 4, 0, 0, 6
         FROM generate_series(0, $3 - 1) d, generate_series(0, $4 - 1) n, generate_series(0, $5 - 1) s`,
      cluster.id,
      from,
      days,
      namespaces,
      classes,
    );
  }
  console.log(
    `generated day rollups (${clusters} clusters × ${namespaces} namespaces × ${classes} classes × ` +
      `${days} days from ${from}) in ${seconds(seeded)}`,
  );
  const built = performance.now();
  // In a transaction, as computing costs calls it.
  for (const clusterId of clusterIds) {
    await db.$transaction((tx) => refreshMonthRollups(tx, { clusterId, from, to }), { timeout: 600_000 });
  }
  const months = new Set([from.slice(0, 7), to.slice(0, 7)]).size;
  console.log(
    `built month rollups and trends with refreshMonthRollups in ${seconds(built)} ` +
      `(${((performance.now() - built) / clusters / months).toFixed(0)} ms per cluster-month)`,
  );
  return org.slug;
}

let slug: string;
if (process.argv.includes("--reuse")) {
  const [org] = await db.$queryRawUnsafe<{ slug: string }[]>(
    `SELECT slug FROM organization WHERE slug LIKE 'bench-%' ORDER BY created_at DESC LIMIT 1`,
  );
  if (!org) throw new Error("--reuse: no bench fleet in this database");
  slug = org.slug;
} else {
  slug = await seed();
}
for (const table of ["cost_rollup_day", "cost_rollup_month", "cost_trend_namespace", "cost_trend_class"]) {
  await db.$executeRawUnsafe(`ANALYZE ${table}`);
  const [count] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::float8 AS n FROM ${table}`);
  console.log(`${table}: ${count?.n.toLocaleString("en-US")} rows`);
}

async function time(run: () => Promise<unknown>): Promise<string> {
  const times: string[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await run();
    times.push((performance.now() - t).toFixed(0));
  }
  return `${times.join(" / ")} ms`;
}

for (const window of WINDOWS) {
  const span = `${window.from}..${window.to} (${window.label})`;
  for (const by of SHOWBACK_GROUPINGS) {
    let groups = 0;
    const times = await time(async () => {
      groups = (await readShowback(db, { ...ZShowbackQuery.parse({ ...window, by }), teamIds: null }))
        .groupCount;
    });
    console.log(`showback ${span} by ${by} (${groups} groups): ${times}`);
  }
  const times = await time(() =>
    readTeamCosts(db, { ...window, slug: `${slug}-team-0`, page: 1, pageSize: 25, teamIds: null }),
  );
  console.log(`team page ${span} (${(clusters * namespaces) / teams} namespaces): ${times}`);
}
await db.$disconnect();
process.exit(0);
