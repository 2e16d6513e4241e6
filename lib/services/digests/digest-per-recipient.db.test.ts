import { describe, expect, it } from "vitest";
import { createCostFacts, dailyFacts } from "../../testing/cost-factories";
import { setUpTestDatabase } from "../../testing/test-database";
import { systemContext } from "../service-context";
import { deliverDigestSend } from "./deliver-digest-send";
import { recordingMailer, seedWeeklyTeamDigest, testDelivery } from "./digest-test-setup";
import { scheduleDueDigests } from "./schedule-due-digests";
import { unsubscribeRecipient } from "./unsubscribe-recipient";

/** The digest worker `tierscope serve` runs. */
const WORKER = systemContext("digest worker");

const { db } = setUpTestDatabase();
const SECRET = testDelivery(db, recordingMailer()).secret;

/** Team ml's weekly digest with two recipients, and team web spending in the same week. */
async function twoRecipientsAndAnotherTeam() {
  const seeded = await seedWeeklyTeamDigest(db);
  await db.digestSubscription.update({
    where: { id: seeded.subscription.id },
    data: { recipients: ["lead@example.com", "ana@example.com"] },
  });
  await createCostFacts(
    db,
    dailyFacts("2026-11-16", "2026-11-22", {
      clusterId: seeded.org.prod.id,
      resourceUid: "pv-web-db",
      namespace: "web",
      cost: "40",
    }),
  );
  await scheduleDueDigests(db, {
    ctx: WORKER,
    input: { now: seeded.now, leaseSeconds: 300, enqueue: async () => {} },
  });
  const send = await db.digestSend.findFirstOrThrow();
  const mailer = recordingMailer();
  const result = await deliverDigestSend(testDelivery(db, mailer), {
    ctx: WORKER,
    input: { sendId: send.id, now: seeded.now },
  });
  return { ...seeded, mailer, result };
}

const tokenOf = (url: string) => new URL(url).searchParams.get("token") ?? "";

describe("digests, one message per recipient", () => {
  it("sends each recipient a message of their own, with their own one-click unsubscribe link", async () => {
    const { mailer, result } = await twoRecipientsAndAnotherTeam();
    expect(result.outcome).toBe("sent");
    expect(mailer.messages.map((m) => m.to)).toEqual(["lead@example.com", "ana@example.com"]);
    const [lead, ana] = mailer.messages;
    expect(lead?.unsubscribeUrl).not.toBe(ana?.unsubscribeUrl);
    expect(lead?.text).toContain(lead?.unsubscribeUrl);
    expect(lead?.text).not.toContain(ana?.unsubscribeUrl);
    expect(new Set(mailer.messages.map((m) => m.messageId)).size).toBe(2);
  });

  it("holds only what the subscription's team may see: none of another team's spend", async () => {
    const { mailer } = await twoRecipientsAndAnotherTeam();
    for (const message of mailer.messages) {
      expect(message.html).toContain('data-figure="spend-total">$17.50<');
      expect(message.text).not.toMatch(/\bweb\b|pv-web-db|\$280/);
    }
  });

  it("removes exactly the token's recipient on a one-click POST", async () => {
    const { mailer, subscription, now } = await twoRecipientsAndAnotherTeam();
    const anaToken = tokenOf(mailer.messages[1]?.unsubscribeUrl ?? "");
    expect(await unsubscribeRecipient(db, { token: anaToken, secret: SECRET, now })).toEqual({
      email: "ana@example.com",
      removed: true,
    });
    const after = await db.digestSubscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(after.recipients).toEqual(["lead@example.com"]);
    expect(await unsubscribeRecipient(db, { token: anaToken, secret: SECRET, now })).toEqual({
      email: "ana@example.com",
      removed: false,
    });
    expect(await unsubscribeRecipient(db, { token: `${anaToken}x`, secret: SECRET, now })).toBeNull();
    // One removal, one audit entry: the second (no-op) request and the bad token record nothing.
    const audited = await db.auditEvent.findMany({ where: { action: "digest_subscription.unsubscribe" } });
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({
      actorKind: "anonymous",
      actorName: "ana@example.com",
      targetId: subscription.id,
      before: { recipient: "ana@example.com" },
    });
  });

  it("keeps one-click working for 90 days after the digest, then answers expired and removes nobody", async () => {
    const { mailer, subscription, now } = await twoRecipientsAndAnotherTeam();
    const leadToken = tokenOf(mailer.messages[0]?.unsubscribeUrl ?? "");
    const day = 86_400_000;
    const expired = new Date(now.getTime() + 90 * day);
    expect(await unsubscribeRecipient(db, { token: leadToken, secret: SECRET, now: expired })).toBe(
      "expired",
    );
    const kept = await db.digestSubscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(kept.recipients).toEqual(["lead@example.com", "ana@example.com"]);
    const lastDay = new Date(now.getTime() + 90 * day - 1000);
    expect(await unsubscribeRecipient(db, { token: leadToken, secret: SECRET, now: lastDay })).toEqual({
      email: "lead@example.com",
      removed: true,
    });
  });
});
