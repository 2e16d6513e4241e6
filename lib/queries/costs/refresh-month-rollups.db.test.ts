import { describe, expect, it } from "vitest";
import type { DayCostFact } from "../../costing/cost-fact";
import { Dec } from "../../pricing/decimal";
import {
  createCostFacts,
  createShowbackOrg,
  dailyFacts,
  replaceDayFacts,
} from "../../testing/cost-factories";
import { referenceShowback } from "../../testing/day-rollup-reference";
import { getShowback } from "../../testing/every-team-reads";
import { monthRollupDifferences } from "../../testing/month-rollup-differences";
import { setUpTestDatabase } from "../../testing/test-database";
import { refreshCostRollups } from "./refresh-cost-rollups";

const { db } = setUpTestDatabase();
const computedAt = new Date(Date.UTC(2026, 11, 1));

/** A priced volume fact as the costing engine hands it to the writer. */
function volumeFact(
  clusterId: string,
  day: string,
  uid: string,
  namespace: string | null,
  cost: string | null,
  currency = "USD",
): { fact: DayCostFact } {
  return {
    fact: {
      clusterId,
      day,
      resourceKind: "PersistentVolume",
      resourceUid: uid,
      component: "capacity",
      status: cost === null ? "unpriced" : "priced",
      allocation: namespace === null ? "unallocated" : "allocated",
      namespace,
      likelyOwnerNamespace: null,
      storageClassName: "gp3",
      category: "block",
      priceEntryId: null,
      priceOverrideId: null,
      priceSourceDate: null,
      quantity: new Dec(100),
      unit: "GB_month",
      hours: new Dec(24),
      unitPrice: cost === null ? null : new Dec("0.08"),
      cost: cost === null ? null : new Dec(cost),
      currency,
      reason: cost === null ? "no price for this product" : null,
      detail: {},
    },
  };
}

/** Replaces a cluster's volume facts of [from, to] and rebuilds their rollups, as computing costs does. */
function recompute(clusterId: string, from: string, to: string, facts: { fact: DayCostFact }[]) {
  return db.$transaction(async (tx) => {
    await replaceDayFacts(tx, { clusterId, from, to, facts: facts.map((f) => f.fact), computedAt });
    await refreshCostRollups(tx, { clusterId, from, to });
  });
}

async function twoMonths() {
  const org = await createShowbackOrg(db);
  const { prod, lab } = org;
  await createCostFacts(db, [
    ...dailyFacts("2026-10-01", "2026-11-30", {
      clusterId: prod.id,
      resourceUid: "pv-a",
      namespace: "ml",
      cost: "1.5",
    }),
    ...dailyFacts("2026-10-10", "2026-11-20", {
      clusterId: prod.id,
      resourceUid: "pv-b",
      namespace: "web",
      cost: "0.5",
    }),
    ...dailyFacts("2026-10-01", "2026-11-30", {
      clusterId: lab.id,
      resourceUid: "pv-f",
      namespace: "ml",
      cost: "2",
    }),
  ]);
  return org;
}

const labMonths = (labId: string) =>
  db.costRollupMonth.findMany({ where: { clusterId: labId }, orderBy: { id: "asc" }, omit: { id: true } });

describe("refreshMonthRollups", () => {
  it("keeps the month rollups and trends the sums of the day rollups when a day's facts are recomputed", async () => {
    const { prod, lab } = await twoMonths();
    expect(await monthRollupDifferences(db)).toEqual([]);
    const labBefore = await labMonths(lab.id);

    // October 15 again: pv-a moved to web and costs more, pv-b is gone, pv-c is new, unpriced, and
    // one fact is in euros.
    await recompute(prod.id, "2026-10-15", "2026-10-15", [
      volumeFact(prod.id, "2026-10-15", "pv-a", "web", "1.75"),
      volumeFact(prod.id, "2026-10-15", "pv-c", null, null),
      volumeFact(prod.id, "2026-10-15", "pv-e", "ops", "3", "EUR"),
    ]);
    expect(await monthRollupDifferences(db)).toEqual([]);
    // Across a month boundary; then a day left with no facts at all.
    await recompute(prod.id, "2026-10-31", "2026-11-01", [
      volumeFact(prod.id, "2026-10-31", "pv-a", "ml", "0.25"),
      volumeFact(prod.id, "2026-11-01", "pv-a", "ml", "0.25"),
    ]);
    await recompute(prod.id, "2026-11-30", "2026-11-30", []);
    expect(await monthRollupDifferences(db)).toEqual([]);
    // The transaction is the caller's: the memory the rebuild raised is put back.
    const workMem = await db.$transaction(async (tx) => {
      const show = () => tx.$queryRaw<{ work_mem: string }[]>`SELECT current_setting('work_mem') AS work_mem`;
      const before = await show();
      await refreshCostRollups(tx, { clusterId: prod.id, from: "2026-11-02", to: "2026-11-02" });
      return [before, await show()];
    });
    expect(workMem[1]).toEqual(workMem[0]);
    // The other cluster's months were left as they were.
    expect(await labMonths(lab.id)).toEqual(labBefore);

    const october = { from: "2026-10-01", to: "2026-10-31" };
    const result = await getShowback(db, { ...october, by: "namespace", page: 1, pageSize: 25 });
    const expected = await referenceShowback(db, { window: october, by: "namespace", currency: "USD" });
    // pv-a 1.5 × 29 + 1.75 (the 15th) + 0.25 (the 31st); pv-b 0.5 × 20 (the 15th and the 31st were
    // recomputed without it); lab 2 × 31.
    expect(result.totals.total).toBe("117.5");
    expect(result.totals).toEqual(expected.totals);
    expect(result.groups.map(({ kind: _, ...g }) => g)).toEqual(expected.groups);
    expect(result.currencies.map((c) => c.currency)).toEqual(["USD", "EUR"]);
  });

  it("counts a month once when two transactions recompute different days of it at the same time", async () => {
    const { prod } = await twoMonths();
    let firstRefreshed!: () => void;
    const refreshed = new Promise<void>((resolve) => {
      firstRefreshed = resolve;
    });
    // The first holds its transaction open after rebuilding October; the second rebuilds October
    // meanwhile (on a server it waits for the first's lock; the embedded database runs one at a time).
    const first = db.$transaction(async (tx) => {
      const facts = [volumeFact(prod.id, "2026-10-05", "pv-a", "ml", "10")];
      await replaceDayFacts(tx, {
        clusterId: prod.id,
        from: "2026-10-05",
        to: "2026-10-05",
        facts: facts.map((f) => f.fact),
        computedAt,
      });
      await refreshCostRollups(tx, { clusterId: prod.id, from: "2026-10-05", to: "2026-10-05" });
      firstRefreshed();
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    await refreshed;
    const second = recompute(prod.id, "2026-10-06", "2026-10-06", [
      volumeFact(prod.id, "2026-10-06", "pv-a", "ml", "20"),
    ]);
    await Promise.all([first, second]);
    expect(await monthRollupDifferences(db)).toEqual([]);
    const [october] = await db.$queryRaw<{ total: string }[]>`
      SELECT sum(cost)::text AS total FROM cost_rollup_month WHERE cluster_id = ${prod.id}::uuid AND month = '2026-10-01'`;
    // pv-a 1.5 × 29 + 10 + 20, pv-b 0.5 × 22.
    expect(october?.total).toBe("84.5000000000");
  });
});
