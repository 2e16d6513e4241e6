import { describe, expect, inject, it } from "vitest";
import { createPrisma, type Db } from "../../db/prisma";
import { renderChargebackReport } from "../../services/reports/render-chargeback-report";
import { systemContext } from "../../services/service-context";
import { getChargebackReport } from "../../testing/every-team-reads";
import { parseCsv } from "../../testing/parse-csv";
import { setUpTestDatabase } from "../../testing/test-database";
import { refreshCostRollups } from "../costs/refresh-cost-rollups";
import { getMonthClose } from "./get-month-close";
import { listReportMonths } from "./list-report-months";
import { MonthNotClosedError } from "./month-not-closed-error";

const ctx = systemContext("test");
const { db, url } = setUpTestDatabase();
const now = new Date(Date.UTC(2026, 10, 21, 9, 0));
const MONTH = "2026-10";
const month = new Date(Date.UTC(2026, 9, 1));

/** An organisation with (or without) a cluster. */
async function organisation(slug: string, withCluster: boolean) {
  const org = await db.organization.create({ data: { slug, name: slug } });
  const cluster = withCluster
    ? await db.cluster.create({ data: { orgId: org.id, name: `${slug}-prod`, provider: "aws" } })
    : null;
  return { orgId: org.id, clusterId: cluster?.id ?? "" };
}

/** One priced volume-day on a cluster, with its rollups rebuilt, as a cost computation writes them. */
async function fact(
  client: Db,
  clusterId: string,
  over: { uid: string; day: string; cost: string; currency?: string },
) {
  await client.$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO cost_fact (cluster_id, first_day, last_day, resource_kind, resource_uid, component, status, allocation,
                             namespace, quantity, unit, hours, unit_price, cost, currency, category, detail, computed_at)
      VALUES (${clusterId}::uuid, ${over.day}::date, ${over.day}::date, 'PersistentVolume', ${over.uid}, 'capacity', 'priced',
              'allocated', 'ml', ${over.cost}::numeric * 387.5, 'GiB_month', 24, 0.08, ${over.cost}::numeric,
              ${over.currency ?? "USD"}, 'block', '{}', now())`;
    await refreshCostRollups(tx, { clusterId, from: over.day, to: over.day });
  });
}

describe("the chargeback's month close and reads", () => {
  it("calls a month closed only once every organisation with a cluster closed it", async () => {
    const a = await organisation("a", true);
    const b = await organisation("b", true);
    // An organisation with no cluster has nothing in the report: its close is not waited for.
    await organisation("c", false);
    await fact(db, a.clusterId, { uid: "v1", day: "2026-10-05", cost: "1" });

    await db.monthClose.create({
      data: { orgId: a.orgId, month, closedAt: new Date("2026-11-02T09:00:00Z"), closedBy: "finance-a" },
    });
    expect(await getMonthClose(db, MONTH)).toBeNull();
    expect((await listReportMonths(db)).find((m) => m.month === MONTH)).toEqual({
      month: MONTH,
      closed: false,
      closedAt: null,
      closedBy: null,
    });
    await expect(
      getChargebackReport(db, { month: MONTH, by: "team", preliminary: false, now }),
    ).rejects.toThrow(MonthNotClosedError);
    const preliminary = await getChargebackReport(db, { month: MONTH, by: "team", preliminary: true, now });
    expect(preliminary.status).toBe("preliminary");

    // The last organisation closes it: closed for the fleet then, by whoever closed it last.
    await db.monthClose.create({
      data: { orgId: b.orgId, month, closedAt: new Date("2026-11-03T10:00:00Z"), closedBy: "finance-b" },
    });
    expect(await getMonthClose(db, MONTH)).toEqual({
      closedAt: new Date("2026-11-03T10:00:00Z"),
      closedBy: "finance-b",
    });
    expect((await listReportMonths(db)).find((m) => m.month === MONTH)).toEqual({
      month: MONTH,
      closed: true,
      closedAt: "2026-11-03T10:00:00.000Z",
      closedBy: "finance-b",
    });
    const closed = await getChargebackReport(db, { month: MONTH, by: "team", preliminary: false, now });
    expect(closed).toMatchObject({ status: "closed", closedBy: "finance-b" });
  });

  it("exports every currency to FOCUS, each row in its own, and states the others in the CSV", async () => {
    const a = await organisation("a", true);
    await fact(db, a.clusterId, { uid: "v1", day: "2026-10-05", cost: "10" });
    await fact(db, a.clusterId, { uid: "v2", day: "2026-10-06", cost: "2.5" });
    await fact(db, a.clusterId, { uid: "v3", day: "2026-10-07", cost: "7.77", currency: "EUR" });
    const params = { month: MONTH, by: "team" as const, preliminary: true, now };

    const focus = await renderChargebackReport(db, { ctx, input: { ...params, format: "focus" } });
    expect(focus.report.currency).toBe("USD");
    let text = "";
    for await (const chunk of focus.body as AsyncIterable<string>) text += chunk;
    expect(parseCsv(text).map((r) => [r.BillingCurrency, r.BilledCost])).toEqual([
      ["USD", "10"],
      ["USD", "2.5"],
      ["EUR", "7.77"],
    ]);

    const csv = parseCsv(
      (await renderChargebackReport(db, { ctx, input: { ...params, format: "csv" } })).body as string,
    );
    expect(csv.find((r) => r.row_type === "total")).toMatchObject({ currency: "USD", total: "12.50" });
    expect(csv.find((r) => r.row_type === "other-currency")).toMatchObject({
      currency: "EUR",
      total: "7.77",
    });
  });

  // Only a server runs two sessions at once; the embedded database serialises every query.
  it.skipIf(inject("databaseEmbedded"))(
    "reads the lines and the fleet total they reconcile against in one snapshot, whatever commits between",
    async () => {
      const a = await organisation("a", true);
      await fact(db, a.clusterId, { uid: "v1", day: "2026-10-05", cost: "10" });
      const other = createPrisma(url);
      try {
        // Right after the report has read its lines, a cost computation on another connection
        // commits a new fact and its rollups for the month.
        let reads = 0;
        const racing = db.$extends({
          query: {
            async $queryRaw({ args, query }) {
              const result = await query(args);
              if (++reads === 3) await fact(other, a.clusterId, { uid: "v2", day: "2026-10-06", cost: "5" });
              return result;
            },
          },
        }) as unknown as Db;
        const report = await getChargebackReport(racing, {
          month: MONTH,
          by: "team",
          preliminary: true,
          now,
        });
        expect(reads).toBe(4);
        expect(report.reconciliation).toMatchObject({ fleetTotal: "10", partsTotal: "10", reconciles: true });

        const after = await getChargebackReport(db, { month: MONTH, by: "team", preliminary: true, now });
        expect(after.reconciliation).toMatchObject({ fleetTotal: "15", reconciles: true });
      } finally {
        await other.$disconnect();
      }
    },
  );
});
