import { createManualDigestSend } from "../../queries/digests/create-manual-digest-send";
import { DigestNotFoundError } from "../../queries/digests/digest-errors";
import { type DigestDelivery, deliverDigestSend } from "./deliver-digest-send";
import { requestedDigestPeriod } from "./requested-digest-period";

/**
 * Sends one subscription's digest now, outside its schedule, once (no retries: the caller sees the
 * error): for the last complete period, or the period starting on `periodStart`. Logged like a
 * scheduled send, and never counted as one.
 */
export async function sendDigestNow(
  delivery: DigestDelivery,
  input: { subscriptionId: string; now: Date; periodStart?: string },
) {
  const subscription = await delivery.db.digestSubscription.findUnique({
    where: { id: input.subscriptionId },
  });
  if (!subscription) throw new DigestNotFoundError(`No digest subscription "${input.subscriptionId}"`);
  const period = requestedDigestPeriod(subscription, input);
  const sendId = await createManualDigestSend(delivery.db, {
    subscriptionId: subscription.id,
    recipients: subscription.recipients,
    period,
    now: input.now,
  });
  const result = await deliverDigestSend(delivery, { sendId, now: input.now, maxAttempts: 1 });
  return { sendId, period, ...result };
}
