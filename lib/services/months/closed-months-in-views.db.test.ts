import { describe, expect, it } from "vitest";
import { createCostFacts } from "../../testing/cost-factories";
import { createCluster, createOrganization } from "../../testing/factories";
import { personContext } from "../../testing/person-context";
import { setUpTestDatabase } from "../../testing/test-database";
import { getChargebackReport } from "../reports/get-chargeback-report";
import { getShowback } from "../showback/get-showback";
import { listCostFacts } from "../showback/list-cost-facts";
import { closeMonth } from "./close-month";
import { reopenMonth } from "./reopen-month";

const { db } = setUpTestDatabase();
const closedAt = new Date(Date.UTC(2026, 11, 2, 9));
const afterClose = new Date(Date.UTC(2026, 11, 5, 12));

const finance = personContext("finance@example", ["finance"]);
const admin = personContext("admin@example", ["admin"]);

/** November priced and closed by finance on 2 December. */
async function closedNovember() {
  const org = await createOrganization(db);
  const cluster = await createCluster(db, org.id, { name: "prod", provider: "aws" });
  await createCostFacts(db, [
    { clusterId: cluster.id, day: "2026-11-03", resourceUid: "gp3-vol", cost: "4.5" },
    { clusterId: cluster.id, day: "2026-12-01", resourceUid: "gp3-vol", cost: "4.5" },
  ]);
  await closeMonth(db, { ctx: finance, input: { month: "2026-11", reason: "ok" } }, closedAt);
  return cluster;
}

const showback = (from: string, to: string) =>
  getShowback(db, { ctx: finance, input: { from, to, by: "namespace", page: 1, pageSize: 25 } });

describe("views over a window that includes a closed month", () => {
  it("carry the month, who closed it and when, and only for windows that include it", async () => {
    await closedNovember();
    const straddling = await showback("2026-11-20", "2026-12-03");
    expect(straddling.closedMonths).toEqual([
      {
        month: "2026-11",
        closedAt: closedAt.toISOString(),
        closedBy: "user finance@example",
        priceChangesSinceClose: 0,
        lastPriceChangeAt: null,
        importsSinceClose: 0,
        lastImportAt: null,
        figures: "frozen",
      },
    ]);
    expect((await showback("2026-12-01", "2026-12-03")).closedMonths).toEqual([]);
    expect((await showback("2026-10-01", "2026-10-31")).closedMonths).toEqual([]);
    const facts = await listCostFacts(db, {
      ctx: finance,
      input: { from: "2026-11-01", to: "2026-11-30", page: 1, pageSize: 50 },
    });
    expect(facts.closedMonths.map((m) => m.month)).toEqual(["2026-11"]);
    const report = await getChargebackReport(db, {
      ctx: finance,
      input: { month: "2026-11", by: "team", preliminary: false, now: afterClose },
    });
    expect(report.closedMonths.map((m) => m.month)).toEqual(["2026-11"]);
  });

  it("count price changes and imports of the month's data after the close, not those before or of later data", async () => {
    const cluster = await closedNovember();
    const source = (retrievedAt: Date) =>
      db.priceSource.create({
        data: { kind: "manual", description: "list price", sourceDate: retrievedAt, retrievedAt },
      });
    await source(new Date(Date.UTC(2026, 10, 20))); // before the close
    await source(afterClose);
    await db.auditEvent.create({
      data: {
        at: new Date(Date.UTC(2026, 11, 6)),
        actorKind: "user",
        actorName: "admin@example",
        action: "price_override.create",
        targetType: "price_override",
      },
    });
    const observation = (observedAt: Date, finishedAt: Date) =>
      db.observation.create({
        data: {
          clusterId: cluster.id,
          source: "files",
          observedAt,
          startedAt: finishedAt,
          finishedAt,
          status: "completed",
        },
      });
    await observation(new Date(Date.UTC(2026, 10, 28)), new Date(Date.UTC(2026, 11, 4))); // November's data, after close
    await observation(new Date(Date.UTC(2026, 11, 3)), new Date(Date.UTC(2026, 11, 4))); // December's data

    const [november] = (await showback("2026-11-01", "2026-12-03")).closedMonths;
    expect(november).toMatchObject({
      priceChangesSinceClose: 2,
      lastPriceChangeAt: "2026-12-06T00:00:00.000Z",
      importsSinceClose: 1,
      lastImportAt: "2026-12-04T00:00:00.000Z",
    });
  });

  it("say nothing once an admin reopens the month", async () => {
    await closedNovember();
    await reopenMonth(db, { ctx: admin, input: { month: "2026-11", reason: "restate" } }, afterClose);
    expect((await showback("2026-11-01", "2026-11-30")).closedMonths).toEqual([]);
  });
});
