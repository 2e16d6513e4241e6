import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeEach, expect, inject, it } from "vitest";
import { daysBetween, isoDayOf, MS_PER_DAY } from "../costing/day-window";
import { PrismaClient } from "../db/generated/client";
import { computeCostFacts } from "../services/costs/compute-cost-facts";
import { importKubeObjects } from "../services/ingest/import-kube-objects";
import { loadBundledCatalog } from "../services/pricing/load-bundled-catalog";
import { systemContext } from "../services/service-context";
import { dailyFacts } from "../testing/daily-facts";
import { asList, persistentVolume, persistentVolumeClaim } from "../testing/kube-objects";
import { truncateAll } from "../testing/test-database";
import { startCostWorker } from "./start-cost-worker";

// The cost job on pg-boss, with a clock the test moves: an import commits and its process dies
// before computing costs; days then pass with no import and no command. Prisma and pg-boss share
// one pool of one connection, as the app does on the embedded database.
const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
const db = new PrismaClient({ adapter: new PrismaPg(pool) });

afterAll(async () => {
  await db.$disconnect();
  await pool.end();
});

beforeEach(async () => {
  await truncateAll(db);
});

// 05:39 UTC: the day's first 5.65 hours.
const IMPORTED_AT = new Date("2026-11-21T05:39:00Z");
const TWO_DAYS_LATER = new Date(IMPORTED_AT.getTime() + 2 * MS_PER_DAY);
const CREATED = "2026-11-16T00:00:00Z";

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 600; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Gave up waiting for ${what}`);
}

/** Starts `workers` cost workers on the clock `now`, waits for them to bring costs to `now`, stops them. */
async function runCostWorkers(now: Date, workers = 1) {
  const started = await Promise.all(
    Array.from({ length: workers }, () => startCostWorker({ pool, db, now: () => now, log: () => {} })),
  );
  try {
    await until(async () => {
      const cluster = await db.cluster.findFirst();
      return cluster?.costsComputedAt?.getTime() === now.getTime() && (await db.costBacklog.count()) === 0;
    }, `costs computed at ${now.toISOString()}`);
  } finally {
    await Promise.all(started.map((w) => w.stop()));
  }
}

/** The capacity hours of the volume on each day, as stored. */
async function capacityHoursByDay(): Promise<Record<string, string>> {
  const rows = await db.$queryRawUnsafe<{ day: string; hours: string }[]>(
    `SELECT day::text AS day, hours::text AS hours FROM cost_fact_day
      WHERE resource_uid = 'uid-data' AND component = 'capacity' ORDER BY day`,
  );
  return Object.fromEntries(rows.map((r) => [r.day, r.hours]));
}

it("computes an interrupted import's costs, then every day that passes, whole, as a clean run would", async () => {
  await loadBundledCatalog(db, { ctx: systemContext("price catalog"), input: { now: IMPORTED_AT } });
  // The import commits (recording its stale days with it); its process dies before any cost is computed.
  await importKubeObjects(db, {
    cluster: { name: "prod", provider: "aws", region: "us-east-1" },
    source: "files",
    sourceRef: "test",
    observedAt: IMPORTED_AT,
    objects: asList([
      persistentVolume("data", { created: CREATED, claim: ["ml", "train"] }),
      persistentVolumeClaim("ml", "train", { volumeName: "data" }),
    ]),
    now: () => IMPORTED_AT,
  });
  expect(await db.costFact.count()).toBe(0);
  expect(await db.costBacklog.count()).toBe(1);

  await runCostWorkers(IMPORTED_AT);
  const firstDay = isoDayOf(new Date(CREATED));
  expect(Object.keys(await capacityHoursByDay())).toEqual(daysBetween(firstDay, isoDayOf(IMPORTED_AT)));
  expect((await capacityHoursByDay())[isoDayOf(IMPORTED_AT)]).toBe("5.6500");

  // Two days pass with no import; two app instances run the job side by side.
  await runCostWorkers(TWO_DAYS_LATER, 2);
  const hours = await capacityHoursByDay();
  const days = daysBetween(firstDay, isoDayOf(TWO_DAYS_LATER));
  expect(Object.keys(hours)).toEqual(days);
  for (const day of days.slice(0, -1)) expect([day, hours[day]]).toEqual([day, "24.0000"]);
  expect(hours[isoDayOf(TWO_DAYS_LATER)]).toBe("5.6500");

  // A clean computation of the same days at the same moment gives the same facts.
  const kept = await dailyFacts(db);
  await db.$executeRawUnsafe("TRUNCATE cost_fact, cost_fact_workload, cost_rollup_day CASCADE");
  await computeCostFacts(db, { from: firstDay, to: isoDayOf(TWO_DAYS_LATER), now: TWO_DAYS_LATER });
  expect(kept).toEqual(await dailyFacts(db));
});
