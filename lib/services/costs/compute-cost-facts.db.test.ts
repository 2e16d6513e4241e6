import { beforeEach, describe, expect, it } from "vitest";
import { daysBetween, isoDayOf, MS_PER_DAY } from "../../costing/day-window";
import { pricingChangeDays, steadyDayKey, volumeDayCosts } from "../../costing/volume-day-costs";
import { generateDemoFleet } from "../../demo/generate-demo-fleet";
import { loadVolumeCostingInput } from "../../queries/costs/load-volume-costing-input";
import { loadDemoFleet } from "../../queries/demo/load-demo-fleet";
import { getPricingContext } from "../../queries/pricing/get-pricing-context";
import { loadBundledCatalog } from "../../queries/pricing/load-bundled-catalog";
import { dailyFacts as dailyFactsOf } from "../../testing/daily-facts";
import { setUpTestDatabase } from "../../testing/test-database";
import { computeCostFacts } from "./compute-cost-facts";
import { volumeCostingContext } from "./volume-costing-context";

const { db } = setUpTestDatabase();
const now = new Date(Date.UTC(2026, 10, 21, 9, 0));
const from = isoDayOf(now.getTime() - 60 * MS_PER_DAY);
const to = isoDayOf(now);

async function totals(where = "") {
  const [row] = await db.$queryRawUnsafe<{ facts: number; cost: string | null; unpriced: number }[]>(
    `SELECT count(*)::int AS facts, sum(cost)::text AS cost, count(*) FILTER (WHERE status = 'unpriced')::int AS unpriced FROM cost_fact_day ${where}`,
  );
  return row as { facts: number; cost: string | null; unpriced: number };
}

const dailyFacts = () => dailyFactsOf(db);

const runCount = () => db.costFact.count();

/** Workload splits whose fact run is gone: none, as they are written, moved and deleted together. */
async function orphanSplits(): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM cost_fact_workload w
      WHERE NOT EXISTS (SELECT 1 FROM cost_fact f
                         WHERE (f.cluster_id, f.first_day, f.resource_kind, f.resource_uid, f.component)
                             = (w.cluster_id, w.first_day, w.resource_kind, w.resource_uid, w.component))`,
  );
  return row?.n ?? -1;
}

beforeEach(async () => {
  await loadBundledCatalog(db, { now });
  await loadDemoFleet(db, generateDemoFleet({ now }));
});

describe("computeCostFacts on the demo fleet", () => {
  it("prices every live volume-day and splits each allocated fact among workloads to the last decimal", async () => {
    const result = await computeCostFacts(db, { from, to, now });
    expect(result.facts).toBeGreaterThan(1000);
    // Stored at 10 decimal places, the parts may differ from the whole in the 10th place only.
    const [close] = await db.$queryRawUnsafe<{ off: string | null }[]>(`
      SELECT max(abs(f.cost - (SELECT sum(w.cost) FROM cost_fact_workload w
                         WHERE (w.cluster_id, w.first_day, w.resource_kind, w.resource_uid, w.component)
                             = (f.cluster_id, f.first_day, f.resource_kind, f.resource_uid, f.component))))::text AS off
        FROM cost_fact f WHERE f.allocation = 'allocated' AND f.cost IS NOT NULL`);
    expect(Number(close?.off)).toBeLessThan(1e-8);
    const unallocated = await db.costFact.count({
      where: { allocation: "unallocated", likelyOwnerNamespace: { not: null } },
    });
    expect(unallocated).toBeGreaterThan(0);
    expect(await db.costFact.count({ where: { status: "unpriced", cost: { not: null } } })).toBe(0);
    expect(await db.costFact.count({ where: { status: "included", category: "local" } })).toBeGreaterThan(0);
  });

  it("gives the same facts when run again", async () => {
    await computeCostFacts(db, { from, to, now });
    const first = await totals();
    await computeCostFacts(db, { from, to, now });
    expect(await totals()).toEqual(first);
  });

  it("stores a component's identical days as one run a month, and recomputing part of a month changes no day", async () => {
    const result = await computeCostFacts(db, { from, to, now });
    const whole = await dailyFacts();
    const runs = await runCount();
    expect(whole.filter((row) => row.startsWith("fact"))).toHaveLength(result.facts);
    // Most of the demo's volumes hold still: far fewer runs than daily facts.
    expect(runs * 3).toBeLessThan(result.facts);

    // Recomputing the last two days, as bringing costs up to date does every day, and a window inside
    // a month (its runs are cut around it, then joined back) store the same days in as many runs.
    await computeCostFacts(db, { from: isoDayOf(now.getTime() - MS_PER_DAY), to, now });
    await computeCostFacts(db, { from: "2026-10-10", to: "2026-10-12", now });
    expect(await dailyFacts()).toEqual(whole);
    expect(await runCount()).toBe(runs);
    expect(await orphanSplits()).toBe(0);
  });

  it("reuses a steady day's facts only where pricing the volume again gives the same facts", async () => {
    await computeCostFacts(db, { from, to, now });
    const stored = new Map(
      (
        await db.$queryRawUnsafe<
          { key: string; cost: string | null; quantity: string; hours: string; reason: string | null }[]
        >(
          `SELECT concat_ws('|', cluster_id, day, resource_uid, component) AS key, cost::text, quantity::text, hours::text, reason
             FROM cost_fact_day WHERE resource_kind = 'PersistentVolume'`,
        )
      ).map((r) => [r.key, r]),
    );
    let compared = 0;
    let steady = 0;
    for (const cluster of await db.cluster.findMany()) {
      const [costing, pricing] = await Promise.all([
        loadVolumeCostingInput(db, { clusterId: cluster.id, from, to, now }),
        getPricingContext(db, { orgIds: [cluster.orgId] }),
      ]);
      const context = volumeCostingContext(costing, pricing, now);
      const changeDays = pricingChangeDays(pricing);
      for (const day of daysBetween(from, to)) {
        for (const volume of costing.volumes) {
          if (steadyDayKey(volume, day, context, changeDays) !== null) steady++;
          for (const { fact } of volumeDayCosts(volume, day, context)) {
            const row = stored.get([cluster.id, day, fact.resourceUid, fact.component].join("|"));
            expect([row?.cost ?? null, row?.quantity, row?.hours, row?.reason ?? null]).toEqual([
              fact.cost?.toFixed(10) ?? null,
              fact.quantity.toFixed(6),
              fact.hours.toFixed(4),
              fact.reason,
            ]);
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(stored.size);
    // Most volume-days are steady, so most were reused rather than computed.
    expect(steady * 2).toBeGreaterThan(compared);
  });

  it("recomputes only the window asked for: the days around it keep their facts and workload splits", async () => {
    await computeCostFacts(db, { from, to, now });
    const outside = (rows: string[]) =>
      rows.filter((row) => {
        const day = row.split("|")[1] as string;
        return day < "2026-10-10" || day > "2026-10-12";
      });
    const before = await dailyFacts();
    await db.$executeRawUnsafe(
      `UPDATE price_entry SET unit_price = unit_price * 2 WHERE unit_price IS NOT NULL`,
    );
    await computeCostFacts(db, { from: "2026-10-10", to: "2026-10-12", now });
    const after = await dailyFacts();
    expect(outside(after)).toEqual(outside(before));
    expect(await orphanSplits()).toBe(0);
    const october = (rows: string[]) => rows.filter((row) => row.split("|")[1]?.startsWith("2026-10-1"));
    expect(october(after)).not.toEqual(october(before));
    // The window's repriced days are runs of their own: the runs around them were cut, not dropped.
    const [cut] = await db.$queryRawUnsafe<{ inside: number }[]>(
      `SELECT count(*)::int AS inside FROM cost_fact
        WHERE first_day >= '2026-10-10' AND last_day <= '2026-10-12' AND status = 'priced'`,
    );
    expect(cut?.inside).toBeGreaterThan(0);
  });

  it("leaves a closed month's facts as they were", async () => {
    await computeCostFacts(db, { from, to, now });
    const october = "WHERE day >= '2026-10-01' AND day < '2026-11-01'";
    const before = await totals(october);
    const org = await db.organization.findFirstOrThrow();
    await db.monthClose.create({
      data: { orgId: org.id, month: new Date(Date.UTC(2026, 9, 1)), closedAt: now, closedBy: "test" },
    });
    await db.costFactWorkload.deleteMany({ where: { firstDay: { gte: new Date(Date.UTC(2026, 10, 1)) } } });
    await db.costFact.deleteMany({ where: { firstDay: { gte: new Date(Date.UTC(2026, 10, 1)) } } });
    await db.$executeRawUnsafe(
      `UPDATE price_entry SET unit_price = unit_price * 2 WHERE unit_price IS NOT NULL`,
    );
    const result = await computeCostFacts(db, { from, to, now });
    // October, in each of the three clusters.
    expect(result.closedDaysSkipped).toBe(3 * 31);
    expect(await totals(october)).toEqual(before);
    expect(Number((await totals("WHERE day >= '2026-11-01'")).cost)).toBeGreaterThan(0);
  });
});
