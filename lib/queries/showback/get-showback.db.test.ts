import { describe, expect, it } from "vitest";
import type { CostWindow } from "../../costing/cost-window";
import { Prisma } from "../../db/generated/client";
import { createSeededRandom } from "../../demo/seeded-random";
import { SHOWBACK_GROUPINGS, type ShowbackGrouping } from "../../services/showback/showback-params";
import { createCostFacts, createShowbackOrg, dailyFacts, type FactInput } from "../../testing/cost-factories";
import { getShowback } from "../../testing/every-team-reads";
import { setUpTestDatabase } from "../../testing/test-database";
import type { ShowbackGroup } from "./get-showback";

const { db } = setUpTestDatabase();
const MARCH = { from: "2026-03-01", to: "2026-03-31" };

/** Every page of groups, pageSize at a time, so the sums cover groups on every page. */
async function allGroups(params: Omit<Parameters<typeof getShowback>[1], "page" | "pageSize">, pageSize = 2) {
  const groups: ShowbackGroup[] = [];
  for (let page = 1; ; page++) {
    const result = await getShowback(db, { ...params, page, pageSize });
    groups.push(...result.groups);
    if (page * pageSize >= result.groupCount) return { result, groups };
  }
}

/** The reference: plain SQL over the facts, nothing from the code under test. */
async function pricedSum(window: CostWindow, currency: string, clusterId?: string) {
  const rows = await db.$queryRaw<{ total: Prisma.Decimal | null }[]>`
    SELECT sum(cost) AS total FROM cost_fact_day
     WHERE day BETWEEN ${window.from}::date AND ${window.to}::date AND currency = ${currency}
       AND cost IS NOT NULL ${clusterId ? Prisma.sql`AND cluster_id = ${clusterId}::uuid` : Prisma.empty}`;
  return (rows[0]?.total ?? new Prisma.Decimal(0)).toFixed();
}

const add = (values: string[]) => values.reduce((s, v) => s.plus(v), new Prisma.Decimal(0)).toFixed();

/** A month of hand-made facts whose every figure is worked out in the tests below. */
async function marchFleet() {
  const org = await createShowbackOrg(db);
  const { prod, lab } = org;
  await createCostFacts(db, [
    // 1.10 a day from the day before the window to the day after it: 31 days inside.
    ...dailyFacts("2026-02-28", "2026-04-01", {
      clusterId: prod.id,
      resourceUid: "pv-a",
      namespace: "ml",
      cost: "1.1",
    }),
    // On the window's first and last days only; the last one an estimate.
    { clusterId: prod.id, resourceUid: "pv-b", day: "2026-03-01", namespace: "web", cost: "2.5" },
    {
      clusterId: prod.id,
      resourceUid: "pv-b",
      day: "2026-03-31",
      namespace: "web",
      cost: "0.25",
      status: "estimated",
    },
    // Released: unallocated, its former claim was in prod/ml.
    ...dailyFacts("2026-03-10", "2026-03-12", {
      clusterId: prod.id,
      resourceUid: "pv-c",
      namespace: null,
      likelyOwnerNamespace: "ml",
      cost: "0.3333333333",
    }),
    // Available, never claimed: unallocated with no likely owner.
    { clusterId: prod.id, resourceUid: "pv-d", day: "2026-03-05", namespace: null, cost: "4" },
    // A namespace with no team: priced capacity, unpriced IOPS (a resource-day counted, not $0).
    { clusterId: prod.id, resourceUid: "pv-e", day: "2026-03-03", namespace: "ops", cost: "0.7" },
    {
      clusterId: prod.id,
      resourceUid: "pv-e",
      day: "2026-03-03",
      namespace: "ops",
      component: "iops",
      status: "unpriced",
    },
    {
      clusterId: lab.id,
      resourceUid: "pv-f",
      day: "2026-03-15",
      namespace: "ml",
      storageClassName: "standard-rwo",
      cost: "0.5",
    },
    {
      clusterId: lab.id,
      resourceUid: "pv-f",
      day: "2026-03-16",
      namespace: "ml",
      storageClassName: "standard-rwo",
      cost: "0.5",
    },
    // Local NVMe: included in the instance price, $0 with a reason.
    {
      clusterId: lab.id,
      resourceUid: "pv-g",
      day: "2026-03-20",
      namespace: "scratch",
      storageClassName: "local-nvme",
      category: "local",
      status: "included",
    },
    {
      clusterId: lab.id,
      resourceUid: "vsc-1",
      resourceKind: "VolumeSnapshotContent",
      day: "2026-03-31",
      namespace: "ml",
      storageClassName: null,
      component: "snapshot_standard",
      status: "estimated",
      cost: "0.05",
    },
    // Priced in euros: never added to the dollars.
    {
      clusterId: lab.id,
      resourceUid: "pv-h",
      day: "2026-03-02",
      namespace: "scratch",
      cost: "9.99",
      currency: "EUR",
    },
  ]);
  return org;
}

const USD_MARCH = "43.5999999999"; // 34.1 + 2.5 + 0.25 + 3 × 0.3333333333 + 4 + 0.7 + 1 + 0 + 0.05

describe("getShowback", () => {
  it("totals a window with its first and last days, unpriced facts counted apart and never as $0", async () => {
    await marchFleet();
    const result = await getShowback(db, { ...MARCH, by: "namespace", page: 1, pageSize: 25 });
    expect(result.currency).toBe("USD");
    expect(result.totals).toMatchObject({
      total: USD_MARCH,
      allocated: "38.6", // 43.5999999999 − 4.9999999999
      unallocated: "4.9999999999",
      estimated: "0.3",
      unpricedResourceDays: 1,
      includedResourceDays: 1,
    });
    expect(result.totals.estimatedShare).toBeCloseTo(0.3 / 43.6, 10);
    expect(result.window).toEqual({ ...MARCH, days: 31 });
    expect(result.previousWindow).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(result.totals).toMatchObject({ previousTotal: "1.1", change: "42.4999999999" });
    expect(result.factDays).toMatchObject({ first: "2026-02-28", last: "2026-04-01" });
  });

  it("lists other currencies with their own totals and never adds them", async () => {
    await marchFleet();
    const usd = await getShowback(db, { ...MARCH, by: "cluster", page: 1, pageSize: 25 });
    expect(usd.currencies).toEqual([
      { currency: "USD", total: USD_MARCH, factCount: 43 },
      { currency: "EUR", total: "9.99", factCount: 1 },
    ]);
    expect(usd.groups.map((g) => [g.key, g.total])).toEqual([
      ["prod", "42.5499999999"],
      ["lab", "1.05"],
    ]);
    const eur = await getShowback(db, { ...MARCH, by: "cluster", currency: "EUR", page: 1, pageSize: 25 });
    expect(eur.totals.total).toBe("9.99");
    expect(eur.groups.map((g) => [g.key, g.total])).toEqual([["lab", "9.99"]]);
  });

  it("puts unallocated spend in an explicit group for owner groupings, with its likely owners", async () => {
    await marchFleet();
    const result = await getShowback(db, { ...MARCH, by: "team", page: 1, pageSize: 25 });
    expect(result.groups.map((g) => [g.key, g.kind, g.total])).toEqual([
      ["ml", "group", "35.15"], // prod/ml 34.1 + lab/ml 1 + the snapshot 0.05
      ["(unallocated)", "unallocated", "4.9999999999"],
      ["web", "group", "2.75"],
      ["(no team)", "unassigned", "0.7"], // prod/ops; lab/scratch is $0 (included)
    ]);
    const ml = result.groups[0] as ShowbackGroup;
    expect(ml).toMatchObject({ previousTotal: "1.1", change: "34.05", estimated: "0.05" });
    expect(result.groups.find((g) => g.key === "(no team)")).toMatchObject({
      unpricedResourceDays: 1,
      includedResourceDays: 1,
    });
    expect(result.unallocatedByOwner).toEqual({
      ownerCount: 2,
      items: [
        {
          clusterName: "prod",
          namespace: null,
          teamSlug: null,
          teamName: null,
          total: "4",
          resourceDays: 1,
          unpricedResourceDays: 0,
        },
        {
          clusterName: "prod",
          namespace: "ml",
          teamSlug: "ml",
          teamName: "ML",
          total: "0.9999999999",
          resourceDays: 3,
          unpricedResourceDays: 0,
        },
      ],
    });
  });

  it("keeps unallocated spend in its group's column for resource groupings", async () => {
    await marchFleet();
    const result = await getShowback(db, { ...MARCH, by: "storage-class", page: 1, pageSize: 25 });
    expect(result.groups.map((g) => [g.key, g.name, g.clusterName, g.total, g.unallocated])).toEqual([
      ["prod/gp3", "gp3", "prod", "42.5499999999", "4.9999999999"],
      ["lab/standard-rwo", "standard-rwo", "lab", "1", "0"],
      ["lab/(none)", "(none)", "lab", "0.05", "0"],
      ["lab/local-nvme", "local-nvme", "lab", "0", "0"],
    ]);
  });

  it("maps namespaces to cost centres through their own label first, then their team's", async () => {
    await marchFleet();
    const result = await getShowback(db, { ...MARCH, by: "cost-centre", page: 1, pageSize: 25 });
    expect(result.groups.map((g) => [g.key, g.total])).toEqual([
      ["CC-1", "35.15"],
      ["(unallocated)", "4.9999999999"],
      ["CC-2", "2.75"],
      ["CC-9", "0.7"],
      ["(no cost centre)", "0"],
    ]);
  });

  it("gives a daily trend per group of the page, and the day's total over every group", async () => {
    await marchFleet();
    const result = await getShowback(db, { ...MARCH, by: "namespace", page: 1, pageSize: 1 });
    expect(result.groups.map((g) => g.key)).toEqual(["prod/ml"]);
    expect(result.trend).toHaveLength(31);
    expect(result.trend[0]).toEqual({ day: "2026-03-01", total: "3.6", groups: { "prod/ml": "1.1" } });
    expect(result.trend[30]).toEqual({ day: "2026-03-31", total: "1.4", groups: { "prod/ml": "1.1" } });
    expect(add(result.trend.map((p) => p.total))).toBe(USD_MARCH);
  });

  it("filters by cluster and names a cluster that does not exist", async () => {
    const { lab } = await marchFleet();
    const result = await getShowback(db, {
      ...MARCH,
      by: "namespace",
      cluster: "lab",
      page: 1,
      pageSize: 25,
    });
    expect(result.totals.total).toBe(await pricedSum(MARCH, "USD", lab.id));
    await expect(
      getShowback(db, { ...MARCH, by: "namespace", cluster: "nowhere", page: 1, pageSize: 25 }),
    ).rejects.toThrow(/No cluster named "nowhere"/);
  });

  it("says there is nothing for a window with no facts", async () => {
    await marchFleet();
    const result = await getShowback(db, {
      from: "2025-01-01",
      to: "2025-01-31",
      by: "team",
      page: 1,
      pageSize: 25,
    });
    expect(result.groups).toEqual([]);
    expect(result.groupCount).toBe(0);
    expect(result.totals.total).toBe("0");
    expect(result.factDays?.last).toBe("2026-04-01");
  });
});

describe("reconciliation: for any window and grouping, the groups add up to every priced fact", () => {
  it("holds for the hand-made month, every grouping, at the window's edges", async () => {
    const { lab } = await marchFleet();
    const windows: CostWindow[] = [
      MARCH,
      { from: "2026-03-01", to: "2026-03-01" },
      { from: "2026-03-31", to: "2026-04-01" },
      { from: "2026-02-01", to: "2026-02-28" },
      { from: "2026-03-10", to: "2026-03-11" },
    ];
    for (const window of windows) {
      for (const by of SHOWBACK_GROUPINGS) {
        for (const [currency, clusterId, cluster] of [
          ["USD", undefined, undefined],
          ["EUR", undefined, undefined],
          ["USD", lab.id, "lab"],
        ] as const) {
          await expectReconciles(window, by, currency, clusterId, cluster);
        }
      }
    }
  });

  it("holds for random facts: random owners, statuses, currencies, days and ten-decimal costs", async () => {
    const { prod, lab } = await createShowbackOrg(db);
    const random = createSeededRandom("showback-reconciliation");
    const facts: FactInput[] = [];
    for (let resource = 0; resource < 40; resource++) {
      const clusterId = random.pick([prod.id, lab.id]);
      const namespace = random.pick(["ml", "web", "ops", "scratch", "gone", null]);
      const from = `2026-02-${String(random.int(1, 28)).padStart(2, "0")}`;
      const days = dailyFacts(from, `2026-04-${String(random.int(1, 10)).padStart(2, "0")}`, {
        clusterId,
        resourceUid: `pv-${resource}`,
        namespace,
        likelyOwnerNamespace: namespace === null ? random.pick(["ml", "web", null]) : null,
        storageClassName: random.pick(["gp3", "premium", null]),
        category: random.pick(["block", "file", "object"]),
        currency: random.chance(0.1) ? "EUR" : "USD",
      });
      for (const fact of days) {
        const status = random.pick(["priced", "priced", "estimated", "unpriced", "included"] as const);
        const cost =
          status === "unpriced" ? null : status === "included" ? "0" : random.float(0, 9).toFixed(10);
        facts.push({ ...fact, status, cost });
      }
    }
    await createCostFacts(db, facts);
    for (let i = 0; i < 6; i++) {
      const a = `2026-0${random.int(2, 4)}-${String(random.int(1, 28)).padStart(2, "0")}`;
      const b = `2026-0${random.int(2, 4)}-${String(random.int(1, 28)).padStart(2, "0")}`;
      const window = a <= b ? { from: a, to: b } : { from: b, to: a };
      for (const by of SHOWBACK_GROUPINGS) {
        await expectReconciles(window, by, "USD");
        await expectReconciles(window, by, "EUR");
      }
    }
  });
});

async function expectReconciles(
  window: CostWindow,
  by: ShowbackGrouping,
  currency: string,
  clusterId?: string,
  cluster?: string,
) {
  const { result, groups } = await allGroups({ ...window, by, currency, cluster }, 3);
  const expected = await pricedSum(window, currency, clusterId);
  const label = `${by} ${window.from}..${window.to} ${currency} ${cluster ?? "all"}`;
  expect(add(groups.map((g) => g.total)), label).toBe(expected);
  expect(result.totals.total, label).toBe(expected);
  expect(add([result.totals.allocated, result.totals.unallocated]), label).toBe(expected);
  expect(add(groups.map((g) => g.unallocated)), label).toBe(result.totals.unallocated);
  for (const g of groups) expect(add([g.allocated, g.unallocated]), `${label} ${g.key}`).toBe(g.total);
  expect(new Set(groups.map((g) => g.key)).size, label).toBe(groups.length);
  if (by === "namespace" || by === "team" || by === "cost-centre") {
    // Owner groupings: everything unallocated is in the one explicit group, nowhere else.
    const unallocated = groups.find((g) => g.kind === "unallocated");
    expect(unallocated?.total ?? "0", label).toBe(result.totals.unallocated);
    if (result.unallocatedByOwner.ownerCount <= 20) {
      expect(add(result.unallocatedByOwner.items.map((o) => o.total)), label).toBe(result.totals.unallocated);
    }
  }
  expect(add(result.trend.map((p) => p.total)), label).toBe(expected);
}
