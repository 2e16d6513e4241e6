import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../../testing/test-database";
import type { ServiceContext } from "../service-context";
import { ConflictError } from "../service-errors";
import { acknowledgeAlert } from "./acknowledge-alert";

const { db } = setUpTestDatabase();
const person = (email: string): ServiceContext => ({
  actor: { kind: "user", userId: email, email },
  roles: ["finance"],
  scope: { kind: "all" },
});

async function anAlert() {
  const rule = await db.alertRule.create({ data: { name: "anomalies", kind: "anomaly" } });
  return db.alertEvent.create({
    data: { ruleId: rule.id, groupKey: "team:ml", period: "2026-11-10", title: "t", detail: "d", link: "/" },
  });
}

describe("acknowledging an alert", () => {
  it("lets exactly one of two simultaneous acknowledgements win; the other gets a conflict", async () => {
    const event = await anAlert();
    const results = await Promise.allSettled([
      acknowledgeAlert(db, { ctx: person("ana@example.com"), input: { id: event.id } }),
      acknowledgeAlert(db, { ctx: person("bo@example.com"), input: { id: event.id } }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const reason = (lost[0] as PromiseRejectedResult).reason;
    expect(reason).toBeInstanceOf(ConflictError);
    const row = await db.alertEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(reason.message).toContain(`already acknowledged by ${row.acknowledgedBy}`);
    expect((won[0] as PromiseFulfilledResult<{ acknowledgedAt: string }>).value.acknowledgedAt).toBe(
      row.acknowledgedAt?.toISOString(),
    );
    // One acknowledgement, one audit entry: the loser wrote nothing.
    expect(await db.auditEvent.count({ where: { action: "alert.acknowledge" } })).toBe(1);
  });

  it("gives the same actor the first acknowledgement back, and anyone later a conflict", async () => {
    const event = await anAlert();
    const first = await acknowledgeAlert(db, { ctx: person("ana@example.com"), input: { id: event.id } });
    const again = await acknowledgeAlert(db, { ctx: person("ana@example.com"), input: { id: event.id } });
    expect(again).toEqual(first);
    await expect(
      acknowledgeAlert(db, { ctx: person("bo@example.com"), input: { id: event.id } }),
    ).rejects.toThrow(/already acknowledged by user ana@example.com/);
  });
});
