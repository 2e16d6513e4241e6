// Rebuilds every cluster's cost rollups from its facts, as computing costs does: for tests that write
// facts in plain SQL. Run it through `tierscope exec -- tsx lib/testing/refresh-every-rollup.ts`.
import { createPrisma } from "../db/prisma";
import { refreshCostRollups } from "../queries/costs/refresh-cost-rollups";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("run through `tierscope exec`: it provides DATABASE_URL");
const db = createPrisma(url);
const clusters = await db.$queryRawUnsafe<{ cluster_id: string; first: string; last: string }[]>(
  `SELECT cluster_id::text, min(first_day)::text AS first, max(last_day)::text AS last FROM cost_fact GROUP BY cluster_id`,
);
for (const c of clusters)
  await refreshCostRollups(db, { clusterId: c.cluster_id, from: c.first, to: c.last });
await db.$disconnect();
