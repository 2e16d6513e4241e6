import type { Db } from "../../db/prisma";
import { type DigestMailer, DigestMailerError, type DigestMessage } from "../../email/digest-mailer";
import { createDigestSubscription } from "../../queries/digests/create-digest-subscription";
import { createCostFacts, createShowbackOrg, dailyFacts } from "../../testing/cost-factories";
import type { DigestDelivery } from "./deliver-digest-send";

/** A mailer that keeps what it is given, or fails with `failWith` before the message data was sent. */
export function recordingMailer(failWith?: string): DigestMailer & { messages: DigestMessage[] } {
  const messages: DigestMessage[] = [];
  return {
    target: "test",
    messages,
    async send(message) {
      if (failWith) throw new DigestMailerError(failWith, false);
      messages.push(message);
      return { delivered: true };
    },
  };
}

export function testDelivery(db: Db, mailer: DigestMailer): DigestDelivery {
  return {
    db,
    mailer,
    publicUrl: "https://tierscope.example",
    secret: "digest-test-secret-0123456789",
    leaseSeconds: 300,
  };
}

/**
 * Team "ml" (namespaces prod/ml and lab/ml) with $2.50 a day on prod/ml from 2026-11-09 to
 * 2026-11-22, and a weekly Berlin digest created 2026-11-20: due 2026-11-23 07:00 UTC for the
 * week 2026-11-16..22, whose spend is 7 × $2.50 = $17.50 against $17.50 the week before.
 */
export async function seedWeeklyTeamDigest(db: Db) {
  const org = await createShowbackOrg(db);
  await createCostFacts(
    db,
    dailyFacts("2026-11-09", "2026-11-22", {
      clusterId: org.prod.id,
      resourceUid: "pv-train",
      namespace: "ml",
      storageClassName: "gp3",
      cost: "2.5",
    }),
  );
  const subscription = await createDigestSubscription(db, {
    team: "ml",
    recipients: ["lead@example.com"],
    cadence: "weekly",
    timeZone: "Europe/Berlin",
  });
  await db.digestSubscription.update({
    where: { id: subscription.id },
    data: { createdAt: new Date("2026-11-20T00:00:00Z"), scheduleFrom: new Date("2026-11-20T00:00:00Z") },
  });
  return { org, subscription, now: new Date("2026-11-23T07:30:00Z") };
}
