import { describe, expect, it } from "vitest";
import { isoDayOf, MS_PER_DAY } from "../../costing/day-window";
import { generateDemoFleet } from "../../demo/generate-demo-fleet";
import { Dec, sum } from "../../pricing/decimal";
import { loadDemoFleet } from "../../queries/demo/load-demo-fleet";
import { createPriceOverride } from "../../queries/pricing/create-price-override";
import { loadBundledCatalog } from "../../queries/pricing/load-bundled-catalog";
import { referenceShowback } from "../../testing/day-rollup-reference";
import { getShowback } from "../../testing/every-team-reads";
import { monthRollupDifferences } from "../../testing/month-rollup-differences";
import { setUpTestDatabase } from "../../testing/test-database";
import { SHOWBACK_GROUPINGS, ZShowbackQuery } from "../showback/showback-params";
import { computeCostFacts } from "./compute-cost-facts";

const { db } = setUpTestDatabase();
const now = new Date(Date.UTC(2026, 10, 21, 9, 0));

describe("the demo fleet's costs reconcile", () => {
  it("for every grouping, the groups (unallocated included) add up to the sum of all facts, and allocated + unallocated = total; the rollups Showback reads count what the facts count; month rollups are the sums of day rollups, also after a day is recomputed at another price", async () => {
    await loadBundledCatalog(db, { now });
    await loadDemoFleet(db, generateDemoFleet({ now }));
    await computeCostFacts(db, { from: isoDayOf(now.getTime() - 60 * MS_PER_DAY), to: isoDayOf(now), now });
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

    // Every month rollup and daily trend is the sum of its day rollups: the sixty days are the end of
    // September, October and November so far.
    const [months] = await db.$queryRawUnsafe<{ months: number; rows: number }[]>(
      `SELECT count(DISTINCT month)::int AS months, count(*)::int AS rows FROM cost_rollup_month`,
    );
    expect(months).toMatchObject({ months: 3 });
    expect(months?.rows).toBeGreaterThan(100);
    expect(await monthRollupDifferences(db)).toEqual([]);

    const before = await getShowback(db, ZShowbackQuery.parse({ ...window, by: "cluster" }));
    await createPriceOverride(db, {
      kind: "discount",
      provider: "aws",
      discountPercent: "50",
      effectiveFrom: "2000-01-01",
    });
    await computeCostFacts(db, { from: "2026-10-15", to: "2026-10-15", now });
    expect(await monthRollupDifferences(db)).toEqual([]);
    const after = await getShowback(db, ZShowbackQuery.parse({ ...window, by: "cluster" }));
    const days = await referenceShowback(db, { window, by: "cluster", currency: after.currency });
    // Half the AWS cluster's October 15 is gone, and October still reads what its days add up to.
    expect(new Dec(after.totals.total).lessThan(before.totals.total)).toBe(true);
    expect(after.totals).toEqual(days.totals);
    expect(after.groups.map(({ kind: _, ...g }) => g)).toEqual(days.groups);
  });
});
