import { describe, expect, it } from "vitest";
import { loadBundledCatalog } from "../../queries/pricing/load-bundled-catalog";
import { createCluster, createOrganization, createPersistentVolume, GIB } from "../../testing/factories";
import { createStorageClassWithParameters } from "../../testing/price-factories";
import { setUpTestDatabase } from "../../testing/test-database";
import { systemContext } from "../service-context";
import { createAlertChannel } from "./create-alert-channel";
import { createAlertRule } from "./create-alert-rule";
import { sweepAlerts } from "./sweep-alerts";

const { db } = setUpTestDatabase();
const ctx = systemContext("test");
const CREATED = new Date(Date.UTC(2026, 10, 10, 12));
const day = (n: number) => new Date(CREATED.getTime() + n * 86_400_000);

/**
 * An EKS cluster with two unbound (Available) 100 GiB gp3 volumes: "spare", Available for 30 days
 * when the rule is made (standing waste), and "fresh", Available for 3 days then, so waste only 4
 * days later (7 days Available), while its start stays 3 days before the rule.
 */
async function seed() {
  await loadBundledCatalog(db, { now: day(-40) });
  const org = await createOrganization(db);
  const eks = await createCluster(db, org.id, { name: "eks", provider: "aws", region: "us-east-1" });
  await createStorageClassWithParameters(db, eks.id, {
    name: "gp3",
    provisioner: "ebs.csi.aws.com",
    parameters: { type: "gp3" },
  });
  const available = (name: string, createdAt: Date) =>
    createPersistentVolume(db, eks.id, {
      name,
      storageClassName: "gp3",
      csiDriver: "ebs.csi.aws.com",
      zone: "us-east-1a",
      capacityBytes: 100n * GIB,
      phase: "Available",
      createdAt,
      lastSeenAt: day(30),
    });
  await available("pv-spare", day(-30));
  await available("pv-fresh", day(-3));
  await createAlertChannel(db, {
    ctx,
    input: { name: "mail", kind: "email", recipients: ["ops@example.com"] },
  });
  await createAlertRule(
    db,
    { ctx, input: { name: "new waste", kind: "waste", minAmount: "1", currency: "USD", channels: ["mail"] } },
    CREATED,
  );
}

const sweepOn = (now: Date) =>
  sweepAlerts(db, {
    ctx: systemContext("alert worker"),
    input: { now, leaseSeconds: 300, enqueue: async () => {} },
  });

describe("a waste rule", () => {
  it("announces waste first seen after it was made, even when the waste started before it, once", async () => {
    await seed();
    expect((await sweepOn(day(1))).raised).toBe(0);
    // Day 5: pv-fresh has been Available for 8 days; its start (day -3) is older than the rule.
    expect((await sweepOn(day(5))).raised).toBe(1);
    expect((await sweepOn(day(6))).raised).toBe(0);
    expect((await sweepOn(day(40))).raised).toBe(0);
    const events = await db.alertEvent.findMany({ include: { deliveries: true } });
    expect(events.map((e) => [e.groupKey.split("|")[0], e.period, e.title.includes("pv-fresh")])).toEqual([
      ["available-volume", "2026-11-15", true],
    ]);
    expect(events[0]?.detail).toContain("since 2026-11-07");
    expect(events[0]?.deliveries).toHaveLength(1);
  });

  it("records the standing waste it saw when it was made, with the first-seen time of each finding", async () => {
    await seed();
    const atCreation = await db.alertFindingSighting.findMany();
    expect(atCreation.map((s) => [s.groupKey.split("|")[0], s.firstSeenAt])).toEqual([
      ["available-volume", CREATED],
    ]);
    await sweepOn(day(5));
    await sweepOn(day(9));
    const later = await db.alertFindingSighting.findMany({ orderBy: { firstSeenAt: "asc" } });
    expect(later.map((s) => s.firstSeenAt)).toEqual([CREATED, day(5)]);
  });

  it("announces new waste when a sweep's clock reads earlier than the rule's creation (TIERSCOPE_NOW, or a rule made mid-sweep)", async () => {
    await seed();
    // The rule was stamped by a clock three days ahead of the sweeps' clock.
    await db.alertRule.updateMany({ data: { createdAt: day(8) } });
    expect((await sweepOn(day(5))).raised).toBe(1);
    expect((await sweepOn(day(6))).raised).toBe(0);
    const events = await db.alertEvent.findMany();
    expect(events.map((e) => [e.title.includes("pv-fresh"), e.period])).toEqual([[true, "2026-11-18"]]);
  });
});
