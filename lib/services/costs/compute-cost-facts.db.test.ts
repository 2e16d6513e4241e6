import { beforeEach, describe, expect, it } from "vitest";
import { isoDayOf } from "../../costing/day-window";
import { generateDemoFleet } from "../../demo/generate-demo-fleet";
import { loadDemoFleet } from "../../queries/demo/load-demo-fleet";
import { loadBundledCatalog } from "../../queries/pricing/load-bundled-catalog";
import { setUpTestDatabase } from "../../testing/test-database";
import { computeCostFacts } from "./compute-cost-facts";

const { db } = setUpTestDatabase();
const now = new Date(Date.UTC(2026, 10, 21, 9, 0));
const from = isoDayOf(now.getTime() - 60 * 86_400_000);
const to = isoDayOf(now);

async function totals(where = "") {
  const [row] = await db.$queryRawUnsafe<{ facts: number; cost: string | null; unpriced: number }[]>(
    `SELECT count(*)::int AS facts, sum(cost)::text AS cost, count(*) FILTER (WHERE status = 'unpriced')::int AS unpriced FROM cost_fact ${where}`,
  );
  return row as { facts: number; cost: string | null; unpriced: number };
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
                         WHERE (w.cluster_id, w.day, w.resource_kind, w.resource_uid, w.component)
                             = (f.cluster_id, f.day, f.resource_kind, f.resource_uid, f.component))))::text AS off
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

  it("leaves a closed month's facts as they were", async () => {
    await computeCostFacts(db, { from, to, now });
    const october = "WHERE day >= '2026-10-01' AND day < '2026-11-01'";
    const before = await totals(october);
    const org = await db.organization.findFirstOrThrow();
    await db.monthClose.create({
      data: { orgId: org.id, month: new Date(Date.UTC(2026, 9, 1)), closedAt: now, closedBy: "test" },
    });
    await db.costFact.deleteMany({ where: { day: { gte: new Date(Date.UTC(2026, 10, 1)) } } });
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
