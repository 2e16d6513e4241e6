import { describe, expect, it } from "vitest";
import { createCostFacts, createPriceEntry, createShowbackOrg } from "../../testing/cost-factories";
import { getShowback, listCostFacts } from "../../testing/every-team-reads";
import { setUpTestDatabase } from "../../testing/test-database";

const { db } = setUpTestDatabase();
const MARCH = { from: "2026-03-01", to: "2026-03-31", page: 1, pageSize: 50 };

describe("listCostFacts", () => {
  it("shows each fact as unit price × quantity × the month's share its hours are, with the price's source", async () => {
    const { prod } = await createShowbackOrg(db);
    const price = await createPriceEntry(db, {
      unitPrice: "0.08",
      url: "https://aws.amazon.com/ebs/pricing/",
      grade: "A",
      sourceDate: "2026-01-15",
    });
    // 500 GB-month at $0.08 for 24 of March's 744 hours: 500 × 0.08 × 24 / 744.
    await createCostFacts(db, [
      {
        clusterId: prod.id,
        resourceUid: "pv-1",
        day: "2026-03-04",
        namespace: "ml",
        priceEntryId: price.id,
        priceSourceDate: "2026-01-15",
        quantity: "500",
        unit: "GB_month",
        hours: "24",
        unitPrice: "0.08",
        cost: "1.2903225806",
        detail: { tier: "P30", discountPercent: "10" },
      },
      {
        clusterId: prod.id,
        resourceUid: "pv-1",
        day: "2026-03-04",
        namespace: "ml",
        component: "iops",
        status: "unpriced",
        quantity: "2000",
        unit: "IOPS_month",
        reason: "no IOPS price for this region",
      },
    ]);
    const result = await listCostFacts(db, {
      ...MARCH,
      cluster: "prod",
      resourceKind: "PersistentVolume",
      resourceUid: "pv-1",
    });
    expect(result.totals).toEqual({ cost: "1.2903225806", factCount: 2, unpricedFactCount: 1 });
    const [unpriced, capacity] = result.items;
    expect(unpriced).toMatchObject({
      component: "iops",
      status: "unpriced",
      cost: null,
      reason: "no IOPS price for this region",
    });
    expect(capacity).toMatchObject({
      clusterName: "prod",
      day: "2026-03-04",
      component: "capacity",
      quantity: "500",
      unit: "GB_month",
      hours: "24",
      unitPrice: "0.08",
      cost: "1.2903225806",
      currency: "USD",
      monthlyCost: "40",
      prorationFactor: "0.032258065",
      monthHours: "744",
      detail: { tier: "P30", discountPercent: "10" },
      price: {
        id: price.id,
        product: "ebs-gp3",
        region: "us-east-1",
        source: {
          url: "https://aws.amazon.com/ebs/pricing/",
          grade: "A",
          date: "2026-01-15",
          kind: "bundled",
        },
      },
    });
  });

  it("prorates tiered prices from their month's price: graduated slices, or a whole size tier", async () => {
    const { prod } = await createShowbackOrg(db);
    await createCostFacts(db, [
      // io2: 32,000 IOPS at 0.065 and 19,200 at 0.0455 = 2,953.6 a month, for 24 of March's 744 hours.
      {
        clusterId: prod.id,
        resourceUid: "io2",
        day: "2026-03-04",
        component: "iops",
        quantity: "51200",
        unit: "IOPS_month",
        unitPrice: null,
        cost: "95.2774193548",
        detail: {
          slices: [
            { quantity: "32000", unitPrice: "0.065" },
            { quantity: "19200", unitPrice: "0.0455" },
          ],
        },
      },
      // Azure P40: a 2,048 GiB disk bills one whole tier a month, over 730 hours.
      {
        clusterId: prod.id,
        resourceUid: "p40",
        day: "2026-03-04",
        quantity: "2048",
        unit: "disk_month",
        unitPrice: "259.0457",
        cost: "8.5165709589",
        detail: { tier: "P40", slices: [{ quantity: "1", unitPrice: "259.0457" }], monthlyCost: "259.0457" },
      },
    ]);
    const { items } = await listCostFacts(db, { ...MARCH, cluster: "prod" });
    expect(items.find((f) => f.resourceUid === "io2")).toMatchObject({
      monthlyCost: "2953.6",
      priceSlices: [
        { quantity: "32000", unitPrice: "0.065" },
        { quantity: "19200", unitPrice: "0.0455" },
      ],
      monthHours: "744",
    });
    expect(items.find((f) => f.resourceUid === "p40")).toMatchObject({
      monthlyCost: "259.0457",
      monthHours: "730",
    });
  });

  it("returns exactly the facts behind a showback figure, their sum equal to it", async () => {
    const { prod, lab } = await createShowbackOrg(db);
    await createCostFacts(db, [
      { clusterId: prod.id, resourceUid: "a", day: "2026-03-01", namespace: "ml", cost: "1.25" },
      { clusterId: lab.id, resourceUid: "b", day: "2026-03-31", namespace: "ml", cost: "2.5" },
      { clusterId: prod.id, resourceUid: "c", day: "2026-03-02", namespace: "web", cost: "7" },
      {
        clusterId: prod.id,
        resourceUid: "d",
        day: "2026-03-02",
        namespace: null,
        likelyOwnerNamespace: "ml",
        cost: "3",
      },
      { clusterId: prod.id, resourceUid: "e", day: "2026-04-01", namespace: "ml", cost: "100" },
    ]);
    const showback = await getShowback(db, { ...MARCH, by: "team", page: 1, pageSize: 25 });
    for (const group of showback.groups) {
      const facts = await listCostFacts(db, { ...MARCH, by: "team", key: group.key });
      expect(facts.totals.cost, group.key).toBe(group.total);
    }
    const ml = await listCostFacts(db, { ...MARCH, by: "team", key: "ml" });
    expect(ml.items.map((f) => f.resourceUid)).toEqual(["b", "a"]);
    const likely = await listCostFacts(db, { ...MARCH, allocation: "unallocated", likelyOwner: "ml" });
    expect(likely.items.map((f) => f.resourceUid)).toEqual(["d"]);
  });

  it("pages through the facts while the totals stay those of every matching fact", async () => {
    const { prod } = await createShowbackOrg(db);
    await createCostFacts(
      db,
      Array.from({ length: 5 }, (_, i) => ({
        clusterId: prod.id,
        resourceUid: `pv-${i}`,
        day: "2026-03-10",
        namespace: "ml",
        cost: String(i + 1),
      })),
    );
    const page2 = await listCostFacts(db, { ...MARCH, page: 2, pageSize: 2 });
    expect(page2.items.map((f) => f.cost)).toEqual(["3", "2"]);
    expect(page2.totals).toMatchObject({ cost: "15", factCount: 5 });
    expect(page2.total).toBe(5);
  });
});
