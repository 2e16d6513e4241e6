// Showback read benchmark (npm run bench:showback [-- --clusters C --namespaces N --classes S --days D]):
// the pages' queries over daily rollups at the brief's fleet cardinality (default 50 clusters × 500
// namespaces × 5 storage classes × 30 days, 50 teams), without computing the facts behind them:
// the rollup rows are generated here, so this measures the read path only (bench:costs measures
// computing facts and their rollups). Prints the time of each grouping, and of a team's page.

import { createPrisma } from "../lib/db/prisma";
import { getShowback } from "../lib/queries/showback/get-showback";
import { getTeamCosts } from "../lib/queries/showback/get-team-costs";
import { SHOWBACK_GROUPINGS, ZShowbackQuery } from "../lib/queries/showback/showback-params";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const clusters = arg("clusters", 50);
const namespaces = arg("namespaces", 500);
const classes = arg("classes", 5);
const days = arg("days", 30);
const teams = 50;
const url = process.env.DATABASE_URL;
if (!url) throw new Error("run through `npm run bench:showback` (it provides the database)");

const db = createPrisma(url);
const month = { from: "2026-10-01", to: "2026-10-31" };
const org = await db.organization.create({ data: { slug: `bench-${Date.now()}`, name: "Bench" } });
const teamIds: string[] = [];
for (let t = 0; t < teams; t++) {
  const team = await db.team.create({
    data: { orgId: org.id, slug: `${org.slug}-team-${t}`, name: `Team ${t}` },
  });
  teamIds.push(team.id);
}
const seeded = performance.now();
for (let c = 0; c < clusters; c++) {
  const cluster = await db.cluster.create({
    data: { orgId: org.id, name: `${org.slug}-${c}`, provider: "aws", region: "us-east-1" },
  });
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
    month.from,
    days,
    namespaces,
    classes,
  );
}
await db.$executeRawUnsafe(`ANALYZE cost_rollup_day`);
const [count] = await db.$queryRawUnsafe<{ n: number }[]>(
  `SELECT count(*)::float8 AS n FROM cost_rollup_day`,
);
console.log(
  `seeded ${count?.n.toLocaleString("en-US")} rollup rows (${clusters} clusters × ${namespaces} namespaces × ` +
    `${classes} classes × ${days} days) in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
);

for (const by of SHOWBACK_GROUPINGS) {
  const times: string[] = [];
  let groups = 0;
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    groups = (await getShowback(db, ZShowbackQuery.parse({ ...month, by }))).groupCount;
    times.push((performance.now() - t).toFixed(0));
  }
  console.log(`showback ${month.from}..${month.to} by ${by} (${groups} groups): ${times.join(" / ")} ms`);
}
const times: string[] = [];
for (let run = 0; run < 3; run++) {
  const t = performance.now();
  await getTeamCosts(db, { ...month, slug: `${org.slug}-team-0`, page: 1, pageSize: 25 });
  times.push((performance.now() - t).toFixed(0));
}
console.log(
  `team page ${org.slug}-team-0 (${(clusters * namespaces) / teams} namespaces): ${times.join(" / ")} ms`,
);
await db.$disconnect();
process.exit(0);
