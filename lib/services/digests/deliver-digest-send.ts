import { renderDigest } from "../../costing/digests/render-digest";
import { signUnsubscribeToken } from "../../costing/digests/unsubscribe-token";
import type { Db } from "../../db/prisma";
import { type DigestMailer, DigestMailerError } from "../../email/digest-mailer";
import { killPoint } from "../../kill-point";
import { claimDigestSend } from "../../queries/digests/claim-digest-send";
import { finishDigestSend } from "../../queries/digests/finish-digest-send";
import { handOffDigestSend } from "../../queries/digests/hand-off-digest-send";
import type { ServiceCall } from "../service-context";
import { buildDigest, type DigestLinks } from "./build-digest";

export interface DigestDelivery extends DigestLinks {
  db: Db;
  mailer: DigestMailer;
  leaseSeconds: number;
}

/** not-free: another worker holds the send, or took it over while this one was rendering. */
export type DeliveryOutcome = "sent" | "logged" | "retrying" | "failed" | "not-free";

/** Attempts of one send, the first included: the job queue retries the others with backoff. */
export const DIGEST_SEND_ATTEMPTS = 5;

/**
 * One attempt at one send: claim it (another worker may hold it: "not-free"), build and render it,
 * store the rendering, hand one message to SMTP (or the log) per recipient, each with their own
 * unsubscribe link, and record the outcome. An error before the
 * message data reached the server leaves it "retrying" while attempts remain, else "failed" with
 * the error, which the Digests page shows. An error at or after DATA, or while recording the
 * result, fails it at once ("may or may not have been delivered"): never sent twice.
 */
export async function deliverDigestSend(
  delivery: DigestDelivery,
  { input }: ServiceCall<{ sendId: string; now: Date; maxAttempts?: number }>,
): Promise<{ outcome: DeliveryOutcome; error?: string }> {
  const { db } = delivery;
  const attempt = await claimDigestSend(db, { sendId: input.sendId, leaseSeconds: delivery.leaseSeconds });
  if (attempt === null) return { outcome: "not-free" };
  killPoint("digest:claimed");
  try {
    const send = await db.digestSend.findUniqueOrThrow({ where: { id: input.sendId } });
    const period = {
      start: send.periodStart.toISOString().slice(0, 10),
      end: send.periodEnd.toISOString().slice(0, 10),
    };
    const { content, recipients } = await buildDigest(db, {
      ...delivery,
      subscriptionId: send.subscriptionId,
      period,
      now: input.now,
    });
    if (recipients.length === 0)
      throw new Error("The subscription has no recipients left (all unsubscribed)");
    // The send log keeps the copy with the subscription's unsubscribe link, not a recipient's.
    const rendered = renderDigest(content);
    const messageId = `<digest-${send.id}@tierscope>`;
    if (!(await handOffDigestSend(db, { sendId: send.id, attempt, rendered, recipients, messageId }))) {
      return { outcome: "not-free" };
    }
    killPoint("digest:handed-off");
    let delivered = false;
    for (const [index, email] of recipients.entries()) {
      const unsubscribeUrl = `${delivery.publicUrl}/unsubscribe?token=${signUnsubscribeToken({ subscriptionId: send.subscriptionId, email, issuedAt: input.now }, delivery.secret)}`;
      const own = renderDigest({ ...content, links: { ...content.links, unsubscribe: unsubscribeUrl } });
      try {
        const result = await delivery.mailer.send({
          to: email,
          ...own,
          messageId: `<digest-${send.id}.${index + 1}@tierscope>`,
          unsubscribeUrl,
        });
        delivered ||= result.delivered;
      } catch (error) {
        // Only an error known to come before the first message's data was submitted may be
        // retried: after that a server may have accepted a message, and a second copy is worse
        // than a gap.
        if (index === 0 && error instanceof DigestMailerError && !error.mayHaveBeenDelivered) throw error;
        return await failMaybeDelivered(db, send.id, attempt, `${email}: ${errorMessage(error)}`);
      }
    }
    killPoint("digest:mailed");
    const outcome = delivered ? "sent" : "logged";
    try {
      await finishDigestSend(db, { sendId: send.id, attempt, status: outcome });
    } catch (error) {
      // The message left; recording it did not. Never "retrying": that would send it again.
      return await failMaybeDelivered(
        db,
        send.id,
        attempt,
        `Could not record the result: ${errorMessage(error)}`,
      );
    }
    return { outcome };
  } catch (error) {
    const message = errorMessage(error);
    const outcome = attempt >= (input.maxAttempts ?? DIGEST_SEND_ATTEMPTS) ? "failed" : "retrying";
    await finishDigestSend(db, { sendId: input.sendId, attempt, status: outcome, error: message });
    return { outcome, error: message };
  }
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Ends a send whose SMTP exchange got past the point of no return: failed, keeping the hand-off,
 * never retried. If even that cannot be written, the send stays handed off and the sweep marks it
 * failed the same way after the lease.
 */
async function failMaybeDelivered(
  db: Db,
  sendId: string,
  attempt: number,
  cause: string,
): Promise<{ outcome: "failed"; error: string }> {
  const error = `${cause}. The message may or may not have been delivered, so it is not sent again automatically. Use "Send now" to send it again.`;
  await finishDigestSend(db, { sendId, attempt, status: "failed", error, mayHaveBeenDelivered: true }).catch(
    () => {},
  );
  return { outcome: "failed", error };
}
