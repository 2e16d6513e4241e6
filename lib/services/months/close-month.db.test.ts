import { describe, expect, it } from "vitest";
import { markCostsStale } from "../../queries/costs/costs-staleness";
import { getMonthClose } from "../../queries/reports/get-month-close";
import { createCostFacts } from "../../testing/cost-factories";
import { createCluster, createOrganization } from "../../testing/factories";
import { personContext } from "../../testing/person-context";
import { setUpTestDatabase } from "../../testing/test-database";
import { ForbiddenError } from "../service-errors";
import { ChecklistNotAcknowledgedError, closeMonth } from "./close-month";
import { reopenMonth } from "./reopen-month";

const { db } = setUpTestDatabase();
const now = new Date(Date.UTC(2026, 11, 7, 9));

const finance = personContext("finance@example", ["finance"]);
const admin = personContext("admin@example", ["admin"]);

/** November with one priced volume-day and two unpriced ones (an FSx volume nobody prices). */
async function november() {
  const org = await createOrganization(db);
  const cluster = await createCluster(db, org.id, { name: "prod", provider: "aws" });
  await createCostFacts(db, [
    { clusterId: cluster.id, day: "2026-11-03", resourceUid: "gp3-vol", cost: "4.5" },
    { clusterId: cluster.id, day: "2026-11-03", resourceUid: "fsx-vol", status: "unpriced" },
    { clusterId: cluster.id, day: "2026-11-04", resourceUid: "fsx-vol", status: "unpriced" },
  ]);
}

describe("closing a month", () => {
  it("refuses while the checklist has open items, closes once a reason acknowledges them, and audits both close and reopen", async () => {
    await november();
    await markCostsStale(db, { reason: "price override added (fsx)", now });

    const refused = closeMonth(db, { ctx: finance, input: { month: "2026-11" } }, now);
    await expect(refused).rejects.toBeInstanceOf(ChecklistNotAcknowledgedError);
    const error = (await refused.catch((e: unknown) => e)) as ChecklistNotAcknowledgedError;
    expect(error.checklist).toMatchObject({
      unpricedResourceDays: 2,
      staleSince: { reason: "price override added (fsx)" },
      recomputePending: true,
      clean: false,
    });
    expect(error.message).toContain("2 resource-days have no known price");
    expect(await getMonthClose(db, "2026-11")).toBeNull();

    const closed = await closeMonth(
      db,
      { ctx: finance, input: { month: "2026-11", reason: "FSx priced in December; accepted by CFO" } },
      now,
    );
    expect(closed.alreadyClosed).toBe(false);
    expect(await getMonthClose(db, "2026-11")).toMatchObject({ closedBy: "user finance@example" });

    // Reopening is an admin's, with a reason.
    await expect(
      reopenMonth(db, { ctx: finance, input: { month: "2026-11", reason: "fix" } }, now),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      reopenMonth(db, { ctx: admin, input: { month: "2026-11", reason: " " } }, now),
    ).rejects.toThrow("say why the month reopens");
    await reopenMonth(db, { ctx: admin, input: { month: "2026-11", reason: "FSx price fixed" } }, now);
    expect(await getMonthClose(db, "2026-11")).toBeNull();

    const audit = await db.auditEvent.findMany({ orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.action, a.actorName, a.targetId])).toEqual([
      ["month.close", "finance@example", "2026-11"],
      ["month.reopen", "admin@example", "2026-11"],
    ]);
    expect(audit[0]?.after).toMatchObject({
      reason: "FSx priced in December; accepted by CFO",
      checklist: { unpricedResourceDays: 2 },
    });
    expect(audit[1]?.after).toMatchObject({ reason: "FSx price fixed" });
  });

  it("closes a clean month without a reason; only finance and admin may close", async () => {
    const org = await createOrganization(db);
    const cluster = await createCluster(db, org.id, { name: "prod", provider: "aws" });
    await createCostFacts(db, [
      { clusterId: cluster.id, day: "2026-10-03", resourceUid: "gp3-vol", cost: "4.5" },
    ]);
    await expect(
      closeMonth(db, { ctx: personContext("viewer@example", ["viewer"]), input: { month: "2026-10" } }, now),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const closed = await closeMonth(db, { ctx: finance, input: { month: "2026-10" } }, now);
    expect(closed.checklist).toMatchObject({ unpricedResourceDays: 0, recomputePending: false, clean: true });
    expect(await getMonthClose(db, "2026-10")).not.toBeNull();
  });
});
