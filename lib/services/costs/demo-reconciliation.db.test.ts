import { describe, expect, it } from "vitest";
import { isoDayOf } from "../../costing/day-window";
import { generateDemoFleet } from "../../demo/generate-demo-fleet";
import { Dec, sum } from "../../pricing/decimal";
import { loadDemoFleet } from "../../queries/demo/load-demo-fleet";
import { loadBundledCatalog } from "../../queries/pricing/load-bundled-catalog";
import { getShowback } from "../../queries/showback/get-showback";
import { SHOWBACK_GROUPINGS, ZShowbackQuery } from "../../queries/showback/showback-params";
import { setUpTestDatabase } from "../../testing/test-database";
import { computeCostFacts } from "./compute-cost-facts";

const { db } = setUpTestDatabase();
const now = new Date(Date.UTC(2026, 10, 21, 9, 0));

describe("the demo fleet's costs reconcile", () => {
  it("for every grouping, the groups (unallocated included) add up to the sum of all facts, and allocated + unallocated = total; the rollups Showback reads count what the facts count", async () => {
    await loadBundledCatalog(db, { now });
    await loadDemoFleet(db, generateDemoFleet({ now }));
    await computeCostFacts(db, { from: isoDayOf(now.getTime() - 60 * 86_400_000), to: isoDayOf(now), now });
    const window = { from: "2026-10-01", to: "2026-10-31" };
    const [all] = await db.$queryRawUnsafe<{ total: string }[]>(
      `SELECT sum(cost)::text AS total FROM cost_fact_day WHERE day BETWEEN $1::date AND $2::date AND cost IS NOT NULL`,
      window.from,
      window.to,
    );
    const factTotal = new Dec(all?.total ?? "0");
    const [counts] = await db.$queryRawUnsafe<{ resource_days: number; unpriced: number; facts: number }[]>(
      `SELECT count(DISTINCT (cluster_id, resource_kind, resource_uid, day))::int AS resource_days,
              count(DISTINCT (cluster_id, resource_kind, resource_uid, day)) FILTER (WHERE status = 'unpriced')::int AS unpriced,
              count(*)::int AS facts
         FROM cost_fact_day WHERE day BETWEEN $1::date AND $2::date`,
      window.from,
      window.to,
    );
    expect(counts?.unpriced).toBeGreaterThan(0);
    expect(factTotal.greaterThan(1000)).toBe(true);
    for (const by of SHOWBACK_GROUPINGS) {
      let page = 1;
      const groupTotals: Dec[] = [];
      for (;;) {
        const result = await getShowback(db, ZShowbackQuery.parse({ ...window, by, page, pageSize: 500 }));
        groupTotals.push(...result.groups.map((g) => new Dec(g.total)));
        expect(new Dec(result.totals.total).toFixed(6), by).toBe(factTotal.toFixed(6));
        expect(result.totals.resourceDays, by).toBe(counts?.resource_days);
        expect(result.totals.unpricedResourceDays, by).toBe(counts?.unpriced);
        expect(result.totals.factCount, by).toBe(counts?.facts);
        expect(new Dec(result.totals.allocated).plus(result.totals.unallocated).toFixed(6), by).toBe(
          factTotal.toFixed(6),
        );
        if (page * result.pageSize >= result.groupCount) break;
        page++;
      }
      expect(sum(groupTotals).toFixed(6), `groups by ${by}`).toBe(factTotal.toFixed(6));
    }
  });
});
