import { describe, expect, it } from "vitest";
import { type CostWindow, cutAtMonths } from "../../costing/cost-window";
import { Prisma } from "../../db/generated/client";
import { SHOWBACK_GROUPINGS } from "../../services/showback/showback-params";
import { createCostFacts, createShowbackOrg, dailyFacts, type FactInput } from "../../testing/cost-factories";
import {
  referenceCurrencies,
  referenceNamespaceTotal,
  referenceOwnerCosts,
  referenceShowback,
} from "../../testing/day-rollup-reference";
import {
  getChargebackReport,
  getNamespaceCosts,
  getShowback,
  getTeamCosts,
} from "../../testing/every-team-reads";
import { monthRollupDifferences } from "../../testing/month-rollup-differences";
import { setUpTestDatabase } from "../../testing/test-database";
import type { OwnerCostsResult } from "./get-owner-costs";

const { db } = setUpTestDatabase();

/** A cost that changes every day, so a day counted twice or missed changes every sum. */
const varying = (facts: FactInput[], base: number) =>
  facts.map((f, i) => ({ ...f, cost: ((base + (i % 7) * 0.13) / 3).toFixed(10) }));

/**
 * Facts from September 20 to December 10 in every form a figure distinguishes: allocated and
 * unallocated (with and without a likely owner, across a month boundary), estimated, unpriced (a
 * group whose every fact is unpriced), included, snapshots, a second currency, a namespace that is
 * not in the inventory, and days with nothing at all.
 */
async function autumnFleet() {
  const org = await createShowbackOrg(db);
  const { prod, lab } = org;
  await createCostFacts(db, [
    ...varying(
      dailyFacts("2026-09-20", "2026-12-10", { clusterId: prod.id, resourceUid: "pv-a", namespace: "ml" }),
      1,
    ),
    ...varying(
      dailyFacts("2026-10-01", "2026-11-30", {
        clusterId: prod.id,
        resourceUid: "pv-b",
        namespace: "web",
        storageClassName: "gp2",
        status: "estimated",
      }),
      0.4,
    ),
    ...dailyFacts("2026-09-28", "2026-10-03", {
      clusterId: prod.id,
      resourceUid: "pv-c",
      namespace: null,
      likelyOwnerNamespace: "ml",
      cost: "0.3333333333",
    }),
    ...dailyFacts("2026-11-29", "2026-12-02", {
      clusterId: prod.id,
      resourceUid: "pv-c",
      namespace: null,
      likelyOwnerNamespace: "web",
      cost: "0.5",
    }),
    { clusterId: prod.id, resourceUid: "pv-d", day: "2026-11-05", namespace: null, cost: "4" },
    ...dailyFacts("2026-10-15", "2026-11-15", {
      clusterId: prod.id,
      resourceUid: "pv-e",
      namespace: "ops",
      cost: "0.7",
    }),
    ...dailyFacts("2026-10-15", "2026-11-15", {
      clusterId: prod.id,
      resourceUid: "pv-e",
      namespace: "ops",
      component: "iops",
      status: "unpriced",
    }),
    ...dailyFacts("2026-10-20", "2026-11-10", {
      clusterId: prod.id,
      resourceUid: "pv-h",
      namespace: "ml",
      storageClassName: null,
      category: "local",
      status: "included",
    }),
    ...dailyFacts("2026-11-01", "2026-11-03", {
      clusterId: prod.id,
      resourceUid: "pv-j",
      namespace: "ghost",
      cost: "1.25",
    }),
    ...varying(
      dailyFacts("2026-09-25", "2026-12-05", {
        clusterId: lab.id,
        resourceUid: "pv-f",
        namespace: "ml",
        storageClassName: "standard",
        category: "file",
      }),
      2,
    ),
    ...dailyFacts("2026-10-10", "2026-10-12", {
      clusterId: lab.id,
      resourceUid: "pv-g",
      namespace: "scratch",
      status: "unpriced",
    }),
    ...dailyFacts("2026-10-01", "2026-11-30", {
      clusterId: lab.id,
      resourceUid: "vsc-1",
      resourceKind: "VolumeSnapshotContent",
      namespace: "scratch",
      storageClassName: null,
      component: "snapshot_standard",
      cost: "0.01",
    }),
    ...dailyFacts("2026-09-30", "2026-10-31", {
      clusterId: lab.id,
      resourceUid: "pv-i",
      namespace: "ml",
      cost: "9.99",
      currency: "EUR",
    }),
  ]);
  return org;
}

const WINDOWS: CostWindow[] = [
  { from: "2026-09-25", to: "2026-11-05" }, // October whole, edges on both sides
  { from: "2026-10-01", to: "2026-11-30" }, // two whole months; the previous window is September and August days
  { from: "2026-11-01", to: "2026-11-30" }, // 30 days: the previous window is October but its first day
  { from: "2026-10-02", to: "2026-10-31" }, // no whole month: days only
  { from: "2026-09-30", to: "2026-12-01" }, // one-day edges
];

describe("month rollups", () => {
  it("covers the windows of these tests with whole months and edge days", () => {
    expect(WINDOWS.map((w) => cutAtMonths(w).months !== null)).toEqual([true, true, true, false, true]);
  });

  it("Showback reads what the day rollups alone give: every figure, group, previous total, trend point, unallocated owner and currency", async () => {
    const { lab } = await autumnFleet();
    expect(await monthRollupDifferences(db)).toEqual([]);
    for (const window of WINDOWS) {
      for (const [currency, clusterId] of [
        ["USD", undefined],
        ["EUR", undefined],
        ["USD", lab.id],
      ] as const) {
        const where = clusterId ? Prisma.sql`cf.cluster_id = ${clusterId}::uuid` : Prisma.sql`TRUE`;
        for (const by of SHOWBACK_GROUPINGS) {
          const label = `${window.from}..${window.to} ${currency} ${clusterId ? "lab" : "fleet"} by ${by}`;
          const expected = await referenceShowback(db, { window, by, currency, clusterId });
          // Every group on one page, then a page of two that leaves groups off it.
          for (const [page, pageSize] of [
            [1, 500],
            [2, 2],
          ] as const) {
            const result = await getShowback(db, {
              ...window,
              by,
              currency,
              cluster: clusterId ? "lab" : undefined,
              page,
              pageSize,
            });
            const onPage = expected.groups.slice((page - 1) * pageSize, page * pageSize);
            const keys = new Set(onPage.map((g) => g.key));
            expect(result.currencies, label).toEqual(await referenceCurrencies(db, window, where));
            expect(result.totals, label).toEqual(expected.totals);
            expect(result.groupCount, label).toBe(expected.groups.length);
            expect(
              result.groups.map(({ kind: _, ...g }) => g),
              label,
            ).toEqual(onPage);
            expect(result.trend, label).toEqual(
              expected.trend.map((p) => ({
                ...p,
                groups: Object.fromEntries(Object.entries(p.groups).filter(([key]) => keys.has(key))),
              })),
            );
            expect(
              result.unallocatedByOwner.items.map(({ teamSlug: _, teamName: __, ...o }) => o),
              label,
            ).toEqual(expected.owners.slice(0, 20));
            expect(result.unallocatedByOwner.ownerCount, label).toBe(expected.owners.length);
          }
        }
      }
    }
  });

  it("the namespace and team pages read what the day rollups alone give", async () => {
    const { prod, lab, teams } = await autumnFleet();
    for (const window of WINDOWS) {
      for (const [cluster, namespace] of [
        [prod, "ml"],
        [prod, "ops"],
        [lab, "scratch"],
      ] as const) {
        const result = await getNamespaceCosts(db, {
          ...window,
          cluster: cluster.name,
          namespace,
          page: 1,
          pageSize: 10,
        });
        const inNamespace = Prisma.sql`cf.cluster_id = ${cluster.id}::uuid`;
        const expected = await referenceOwnerCosts(db, {
          window,
          currency: result.currency,
          scope: Prisma.sql`${inNamespace} AND cf.allocation = 'allocated' AND cf.namespace = ${namespace}`,
          likelyScope: Prisma.sql`${inNamespace} AND cf.allocation = 'unallocated' AND cf.likely_owner_namespace = ${namespace}`,
        });
        const label = `${window.from}..${window.to} ${cluster.name}/${namespace}`;
        expect(result.currency, label).toBe(expected.currencies[0]?.currency ?? "USD");
        expect(pickOwner(result), label).toEqual(expected);
      }
      const team = await getTeamCosts(db, { ...window, slug: "ml", page: 1, pageSize: 10 });
      const expected = await referenceOwnerCosts(db, {
        window,
        currency: team.currency,
        scope: Prisma.sql`cf.allocation = 'allocated' AND ns.team_id = ${teams.ml.id}::uuid`,
        likelyScope: Prisma.sql`cf.allocation = 'unallocated' AND EXISTS (
          SELECT 1 FROM namespace lns
           WHERE lns.cluster_id = cf.cluster_id AND lns.name = cf.likely_owner_namespace
             AND lns.team_id = ${teams.ml.id}::uuid)`,
      });
      expect(pickOwner(team), `team ml ${window.from}..${window.to}`).toEqual(expected);
      for (const n of team.namespaces) {
        const clusterId = n.clusterName === "prod" ? prod.id : lab.id;
        const args = { currency: team.currency, clusterId, namespace: n.namespace };
        expect(n.total).toBe(await referenceNamespaceTotal(db, { ...args, window }));
        expect(n.previousTotal).toBe(
          await referenceNamespaceTotal(db, { ...args, window: team.previousWindow }),
        );
      }
    }
  });

  it("a month's chargeback lines add up to the facts' total and match the day rollups", async () => {
    await autumnFleet();
    for (const by of ["team", "cost-centre"] as const) {
      const report = await getChargebackReport(db, {
        month: "2026-10",
        by,
        preliminary: true,
        now: new Date(),
      });
      const expected = await referenceShowback(db, {
        window: { from: "2026-10-01", to: "2026-10-31" },
        by,
        currency: "USD",
      });
      expect(report.reconciliation.reconciles, by).toBe(true);
      expect(report.reconciliation.fleetTotal, by).toBe(expected.totals.total);
      const total = (exact: string) => new Prisma.Decimal(exact).toFixed();
      expect(Object.fromEntries(report.groups.map((g) => [g.key, total(g.total.exact)])), by).toEqual(
        Object.fromEntries(
          expected.groups.filter((g) => g.key !== "(unallocated)").map((g) => [g.key, g.total]),
        ),
      );
      expect(total(report.unallocated.total.exact), by).toBe(expected.totals.unallocated);
    }
  });
});

function pickOwner(result: OwnerCostsResult) {
  return {
    currencies: result.currencies,
    totals: result.totals,
    byStorageClass: result.byStorageClass,
    byCategory: result.byCategory,
    likelyOwned: (({ resources: _, ...figures }) => figures)(result.likelyOwned),
    trend: result.trend,
  };
}
