import { createServer } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, describe, expect, it } from "vitest";
import { createPrisma } from "../../db/prisma";
import { readDigestEnv } from "../../email/digest-env";
import { createDigestMailer } from "../../email/digest-mailer";
import { claimDigestSend } from "../../queries/digests/claim-digest-send";
import { handOffDigestSend } from "../../queries/digests/hand-off-digest-send";
import { listDigestSends } from "../../queries/digests/list-digest-sends";
import { recoverStaleDigestSends } from "../../queries/digests/recover-stale-digest-sends";
import { setUpTestDatabase } from "../../testing/test-database";
import { systemContext } from "../service-context";
import { deliverDigestSend } from "./deliver-digest-send";
import { recordingMailer, seedWeeklyTeamDigest, testDelivery } from "./digest-test-setup";
import { scheduleDueDigests } from "./schedule-due-digests";

/** The digest worker `tierscope serve` runs. */
const WORKER = systemContext("digest worker");

const { db, url } = setUpTestDatabase();
// On a PostgreSQL server the racing workers get a client each, as two app instances would; the
// embedded database allows one connection per process, so there they share one.
const otherInstance = process.env.DATABASE_URL ? createPrisma(url) : db;
afterAll(async () => {
  if (otherInstance !== db) await otherInstance.$disconnect();
});

async function scheduleOnce(now: Date) {
  const enqueued: string[][] = [];
  const result = await scheduleDueDigests(db, {
    ctx: WORKER,
    input: {
      now,
      leaseSeconds: 300,
      enqueue: async (ids) => {
        enqueued.push(ids);
      },
    },
  });
  return { ...result, enqueued };
}

/** A loopback SMTP server that takes the whole message, then answers its end with an error. */
async function smtpFailingOnDataEnd(): Promise<{ port: number; close: () => Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => callback(new Error("Queue write failed")));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === "object" && address ? address.port : 0;
}

describe("scheduled digests", () => {
  it("records one send per (subscription, period), however often the sweep runs", async () => {
    const { now } = await seedWeeklyTeamDigest(db);
    expect((await scheduleOnce(new Date("2026-11-23T06:59:00Z"))).recorded).toBe(0);
    const first = await scheduleOnce(now);
    const second = await scheduleOnce(now);
    expect([first.recorded, second.recorded]).toEqual([1, 0]);
    const sends = await listDigestSends(db, { page: 1, pageSize: 10 });
    expect(sends.items.map((s) => [s.periodStart, s.periodEnd, s.status, s.dueAt])).toEqual([
      ["2026-11-16", "2026-11-22", "pending", "2026-11-23T07:00:00.000Z"],
    ]);
    expect(second.enqueued).toEqual([[sends.items[0]?.id]]);
  });

  it("sends once when two workers race for the same send, with the period's figures", async () => {
    const { now } = await seedWeeklyTeamDigest(db);
    await scheduleOnce(now);
    const [send] = (await listDigestSends(db, { page: 1, pageSize: 10 })).items;
    const mailer = recordingMailer();
    const delivery = testDelivery(db, mailer);
    const outcomes = await Promise.all([
      deliverDigestSend(delivery, { ctx: WORKER, input: { sendId: send?.id as string, now } }),
      deliverDigestSend(testDelivery(otherInstance, mailer), {
        ctx: WORKER,
        input: { sendId: send?.id as string, now },
      }),
    ]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["not-free", "sent"]);
    expect(mailer.messages).toHaveLength(1);
    const message = mailer.messages[0];
    expect(message?.to).toBe("lead@example.com");
    expect(message?.subject).toBe("Tierscope: Storage costs of ML (team ml), 2026-11-16 to 2026-11-22");
    expect(message?.html).toContain('data-figure="spend-total">$17.50<');
    expect(message?.text).toContain("+$0.00 (0.0 %) against $17.50 from 2026-11-09 to 2026-11-15");
    expect(message?.text).toContain(
      "https://tierscope.example/teams/ml?window=custom&from=2026-11-16&to=2026-11-22",
    );
    expect(message?.unsubscribeUrl).toMatch(/^https:\/\/tierscope\.example\/unsubscribe\?token=/);
    const [logged] = (await listDigestSends(db, { page: 1, pageSize: 10 })).items;
    expect([logged?.status, logged?.attempts, message?.messageId]).toEqual([
      "sent",
      1,
      logged?.messageId?.replace("@", ".1@"),
    ]);
    expect(
      (await deliverDigestSend(delivery, { ctx: WORKER, input: { sendId: send?.id as string, now } }))
        .outcome,
    ).toBe("not-free");
  });

  it("retries a failed attempt, then records the failure with its error after the last one", async () => {
    const { now } = await seedWeeklyTeamDigest(db);
    await scheduleOnce(now);
    const [send] = (await listDigestSends(db, { page: 1, pageSize: 10 })).items;
    const delivery = testDelivery(db, recordingMailer("connect ECONNREFUSED 127.0.0.1:25"));
    const sendId = send?.id as string;
    expect(
      await deliverDigestSend(delivery, { ctx: WORKER, input: { sendId, now, maxAttempts: 2 } }),
    ).toEqual({
      outcome: "retrying",
      error: "connect ECONNREFUSED 127.0.0.1:25",
    });
    expect(
      (await deliverDigestSend(delivery, { ctx: WORKER, input: { sendId, now, maxAttempts: 2 } })).outcome,
    ).toBe("failed");
    const failed = await listDigestSends(db, { page: 1, pageSize: 10, status: "failed" });
    expect(failed.items.map((s) => [s.status, s.attempts, s.error])).toEqual([
      ["failed", 2, "connect ECONNREFUSED 127.0.0.1:25"],
    ]);
  });

  it("takes back a send whose worker died before SMTP, and fails one that died during SMTP", async () => {
    const { now } = await seedWeeklyTeamDigest(db);
    await scheduleOnce(now);
    const [send] = (await listDigestSends(db, { page: 1, pageSize: 10 })).items;
    const sendId = send?.id as string;
    expect(await claimDigestSend(db, { sendId, leaseSeconds: 300 })).toBe(1);
    // Still within the lease: nobody else may take it.
    expect(await claimDigestSend(db, { sendId, leaseSeconds: 300 })).toBeNull();
    await db.digestSend.update({
      where: { id: sendId },
      data: { claimedAt: new Date(Date.now() - 600_000) },
    });
    expect(await recoverStaleDigestSends(db, { leaseSeconds: 300, maxAttempts: 5 })).toBe(1);
    expect((await db.digestSend.findUniqueOrThrow({ where: { id: sendId } })).status).toBe("pending");

    expect(await claimDigestSend(db, { sendId, leaseSeconds: 300 })).toBe(2);
    await handOffDigestSend(db, {
      sendId,
      attempt: 2,
      rendered: { subject: "s", html: "<p>h</p>", text: "t" },
      recipients: ["lead@example.com"],
      messageId: "<m@tierscope>",
    });
    await db.digestSend.update({
      where: { id: sendId },
      data: { claimedAt: new Date(Date.now() - 600_000) },
    });
    expect(await claimDigestSend(db, { sendId, leaseSeconds: 300 })).toBeNull();
    await recoverStaleDigestSends(db, { leaseSeconds: 300, maxAttempts: 5 });
    const interrupted = await db.digestSend.findUniqueOrThrow({ where: { id: sendId } });
    expect(interrupted.status).toBe("failed");
    expect(interrupted.error).toMatch(/^Interrupted during the SMTP exchange/);
  });

  it("fences a worker slower than the lease: once another claims the send, the first may not send", async () => {
    const { now } = await seedWeeklyTeamDigest(db);
    await scheduleOnce(now);
    const [send] = (await listDigestSends(db, { page: 1, pageSize: 10 })).items;
    const sendId = send?.id as string;
    const slow = await claimDigestSend(db, { sendId, leaseSeconds: 300 });
    await db.digestSend.update({
      where: { id: sendId },
      data: { claimedAt: new Date(Date.now() - 600_000) },
    });
    const fast = await claimDigestSend(db, { sendId, leaseSeconds: 300 });
    expect([slow, fast]).toEqual([1, 2]);
    const message = {
      rendered: { subject: "s", html: "<p>h</p>", text: "t" },
      recipients: ["lead@example.com"],
      messageId: "<m@tierscope>",
    };
    expect(await handOffDigestSend(db, { sendId, attempt: 1, ...message })).toBe(false);
    expect(await handOffDigestSend(db, { sendId, attempt: 2, ...message })).toBe(true);
  });

  it("fails, and never retries, a send whose SMTP exchange failed after the message data was sent", async () => {
    const { now } = await seedWeeklyTeamDigest(db);
    await scheduleOnce(now);
    const [send] = (await listDigestSends(db, { page: 1, pageSize: 10 })).items;
    const sendId = send?.id as string;
    const smtp = await smtpFailingOnDataEnd();
    try {
      const mailer = createDigestMailer(readDigestEnv({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` }));
      const result = await deliverDigestSend(testDelivery(db, mailer), {
        ctx: WORKER,
        input: { sendId, now },
      });
      expect(result.outcome).toBe("failed");
      expect(result.error).toMatch(/Queue write failed.*may or may not have been delivered/);
    } finally {
      await smtp.close();
    }
    const row = await db.digestSend.findUniqueOrThrow({ where: { id: sendId } });
    expect([row.status, row.attempts, row.messageId]).toEqual(["failed", 1, `<digest-${sendId}@tierscope>`]);
    expect(row.handedOffAt).not.toBeNull();
    // Neither the job queue's retry nor the sweep takes it again.
    expect(await claimDigestSend(db, { sendId, leaseSeconds: 0 })).toBeNull();
    expect((await scheduleOnce(now)).enqueued).toEqual([]);
  });

  it("retries a send whose SMTP server refused the connection", async () => {
    const { now } = await seedWeeklyTeamDigest(db);
    await scheduleOnce(now);
    const [send] = (await listDigestSends(db, { page: 1, pageSize: 10 })).items;
    const sendId = send?.id as string;
    const mailer = createDigestMailer(readDigestEnv({ SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` }));
    const result = await deliverDigestSend(testDelivery(db, mailer), { ctx: WORKER, input: { sendId, now } });
    expect(result.outcome).toBe("retrying");
    expect(result.error).toMatch(/ECONNREFUSED/);
    const row = await db.digestSend.findUniqueOrThrow({ where: { id: sendId } });
    expect([row.status, row.attempts, row.handedOffAt]).toEqual(["retrying", 1, null]);
  });

  it("fails, and never retries, a send whose result could not be recorded after SMTP accepted it", async () => {
    const { now } = await seedWeeklyTeamDigest(db);
    await scheduleOnce(now);
    const [send] = (await listDigestSends(db, { page: 1, pageSize: 10 })).items;
    const sendId = send?.id as string;
    const mailer = recordingMailer();
    let finishes = 0;
    // The first write after the hand-off (recording "sent") fails, as a dropped connection would.
    const flaky = db.$extends({
      query: {
        digestSend: {
          async updateMany({ args, query }) {
            if ((args.data as { status?: string }).status === "sent" && finishes++ === 0)
              throw new Error("Connection terminated unexpectedly");
            return query(args);
          },
        },
      },
    }) as unknown as typeof db;
    const result = await deliverDigestSend(testDelivery(flaky, mailer), {
      ctx: WORKER,
      input: { sendId, now },
    });
    expect(mailer.messages).toHaveLength(1);
    expect(result.outcome).toBe("failed");
    expect(result.error).toMatch(/^Could not record the result: Connection terminated unexpectedly/);
    const row = await db.digestSend.findUniqueOrThrow({ where: { id: sendId } });
    expect([row.status, row.attempts]).toEqual(["failed", 1]);
  });

  it("fails a stale scheduled send once its attempts are used up, and a manual one never claimed", async () => {
    const { now, subscription } = await seedWeeklyTeamDigest(db);
    await scheduleOnce(now);
    const [send] = (await listDigestSends(db, { page: 1, pageSize: 10 })).items;
    const sendId = send?.id as string;
    const longAgo = new Date(Date.now() - 600_000);
    // A worker that dies while rendering, four times: each time the sweep puts the send back.
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await claimDigestSend(db, { sendId, leaseSeconds: 300 })).toBe(attempt);
      await db.digestSend.update({ where: { id: sendId }, data: { claimedAt: longAgo } });
      await scheduleOnce(now);
      expect((await db.digestSend.findUniqueOrThrow({ where: { id: sendId } })).status).toBe("pending");
    }
    // The fifth (DIGEST_SEND_ATTEMPTS) dies too: failed, not pending again.
    expect(await claimDigestSend(db, { sendId, leaseSeconds: 300 })).toBe(5);
    await db.digestSend.update({ where: { id: sendId }, data: { claimedAt: longAgo } });
    expect((await scheduleOnce(now)).enqueued).toEqual([]);
    const exhausted = await db.digestSend.findUniqueOrThrow({ where: { id: sendId } });
    expect([exhausted.status, exhausted.error]).toEqual([
      "failed",
      'Interrupted before sending on each of its 5 attempts: the process stopped every time. Use "Send now" to send it.',
    ]);

    // "Send now" recorded its send, then the process stopped before claiming it.
    const manual = await db.digestSend.create({
      data: {
        subscriptionId: subscription.id,
        trigger: "manual",
        cadence: "weekly",
        periodStart: new Date("2026-11-09T00:00:00Z"),
        periodEnd: new Date("2026-11-15T00:00:00Z"),
        dueAt: now,
        recipients: ["lead@example.com"],
        createdAt: longAgo,
      },
    });
    const fresh = await db.digestSend.create({
      data: { ...manual, id: undefined, createdAt: new Date() },
    });
    await scheduleOnce(now);
    const rows = await db.digestSend.findMany({ where: { id: { in: [manual.id, fresh.id] } } });
    expect(rows.find((r) => r.id === manual.id)?.status).toBe("failed");
    expect(rows.find((r) => r.id === fresh.id)?.status).toBe("pending");
  });
});
