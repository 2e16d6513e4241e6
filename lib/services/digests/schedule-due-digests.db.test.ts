import { describe, expect, it } from "vitest";
import { removeDigestRecipient } from "../../queries/digests/remove-digest-recipient";
import { updateDigestSubscription } from "../../queries/digests/update-digest-subscription";
import { setUpTestDatabase } from "../../testing/test-database";
import { systemContext } from "../service-context";
import { seedWeeklyTeamDigest } from "./digest-test-setup";
import { scheduleDueDigests } from "./schedule-due-digests";

/** The digest worker `tierscope serve` runs. */
const WORKER = systemContext("digest worker");

const { db } = setUpTestDatabase();

async function sweep(now: string) {
  return scheduleDueDigests(db, {
    ctx: WORKER,
    input: { now: new Date(now), leaseSeconds: 300, enqueue: async () => {} },
  });
}

async function scheduledPeriods() {
  const rows = await db.digestSend.findMany({ orderBy: [{ periodStart: "asc" }, { cadence: "asc" }] });
  return rows.map((r) => `${r.cadence} ${r.periodStart.toISOString().slice(0, 10)}`);
}

const input = { team: "ml", recipients: ["lead@example.com"], timeZone: "Europe/Berlin" };

describe("scheduleDueDigests after a subscription changes", () => {
  it("sends the month after a switch from weekly, though it starts on the Monday a sent week started", async () => {
    const { subscription } = await seedWeeklyTeamDigest(db);
    await db.digestSubscription.update({
      where: { id: subscription.id },
      data: { scheduleFrom: new Date("2026-06-05T00:00:00Z") },
    });
    // Monday 2026-06-08 09:00 in Berlin: the week 2026-06-01..07 (2026-06-01 is a Monday).
    expect((await sweep("2026-06-08T07:00:00Z")).recorded).toBe(1);
    await updateDigestSubscription(
      db,
      subscription.id,
      { ...input, cadence: "monthly" },
      new Date("2026-06-10T00:00:00Z"),
    );
    // 2026-07-01 08:30 in Berlin: June, which also starts on 2026-06-01.
    expect((await sweep("2026-07-01T06:30:00Z")).recorded).toBe(1);
    expect(await scheduledPeriods()).toEqual(["weekly 2026-06-01", "monthly 2026-06-01"]);
  });

  it("starts afresh when the cadence changes or recipients come back, with no burst of past periods", async () => {
    const { subscription } = await seedWeeklyTeamDigest(db);
    await db.digestSubscription.update({
      where: { id: subscription.id },
      data: { scheduleFrom: new Date("2026-01-01T00:00:00Z") },
    });
    await removeDigestRecipient(db, { subscriptionId: subscription.id, email: "lead@example.com" });
    expect((await sweep("2026-11-23T07:30:00Z")).recorded).toBe(0);
    // Recipients again on Friday 2026-11-20: the week due on Monday 2026-11-23 only, not six.
    await updateDigestSubscription(
      db,
      subscription.id,
      { ...input, cadence: "weekly" },
      new Date("2026-11-20T12:00:00Z"),
    );
    expect((await sweep("2026-11-23T07:30:00Z")).recorded).toBe(1);
    // Monthly from 2026-11-24: nothing for October (due 2026-11-01), November on 2026-12-01.
    await updateDigestSubscription(
      db,
      subscription.id,
      { ...input, cadence: "monthly" },
      new Date("2026-11-24T00:00:00Z"),
    );
    expect((await sweep("2026-11-30T12:00:00Z")).recorded).toBe(0);
    expect((await sweep("2026-12-01T07:30:00Z")).recorded).toBe(1);
    // An edit that changes neither keeps the schedule.
    const before = await db.digestSubscription.findUniqueOrThrow({ where: { id: subscription.id } });
    await updateDigestSubscription(
      db,
      subscription.id,
      { ...input, recipients: ["lead@example.com", "cfo@example.com"], cadence: "monthly" },
      new Date("2026-12-05T00:00:00Z"),
    );
    const after = await db.digestSubscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(after.scheduleFrom).toEqual(before.scheduleFrom);
    expect(await scheduledPeriods()).toEqual(["monthly 2026-11-01", "weekly 2026-11-16"]);
  });

  it("records the periods missed beyond the newest six as skipped, with the reason, and sends the six", async () => {
    const { subscription } = await seedWeeklyTeamDigest(db);
    await db.digestSubscription.update({
      where: { id: subscription.id },
      data: { scheduleFrom: new Date("2026-09-01T00:00:00Z") },
    });
    // Due on the twelve Mondays 2026-09-07 .. 2026-11-23 (weeks starting 2026-08-31 .. 2026-11-16).
    const enqueued: string[] = [];
    const first = await scheduleDueDigests(db, {
      ctx: WORKER,
      input: {
        now: new Date("2026-11-23T07:30:00Z"),
        leaseSeconds: 300,
        enqueue: async (ids) => {
          enqueued.push(...ids);
        },
      },
    });
    expect([first.recorded, enqueued.length]).toEqual([12, 6]);
    const rows = await db.digestSend.findMany({ orderBy: { periodStart: "asc" } });
    expect(rows.map((r) => `${r.periodStart.toISOString().slice(0, 10)} ${r.status}`)).toEqual([
      "2026-08-31 skipped",
      "2026-09-07 skipped",
      "2026-09-14 skipped",
      "2026-09-21 skipped",
      "2026-09-28 skipped",
      "2026-10-05 skipped",
      "2026-10-12 pending",
      "2026-10-19 pending",
      "2026-10-26 pending",
      "2026-11-02 pending",
      "2026-11-09 pending",
      "2026-11-16 pending",
    ]);
    expect(rows[0]?.error).toBe(
      'Not sent: more than 6 periods came due while no digest worker ran, and only the newest 6 are sent. Use "Send now" with this period to send it.',
    );
    expect((await sweep("2026-11-23T07:40:00Z")).recorded).toBe(0);
    // The next week is recorded as usual, nothing older skipped again.
    expect((await sweep("2026-11-30T07:30:00Z")).recorded).toBe(1);
    expect(await db.digestSend.count({ where: { status: "skipped" } })).toBe(6);
  });
});
