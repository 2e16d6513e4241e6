import { isPeriodStart, lastCompletePeriod, periodStartingOn } from "../../costing/digests/digest-period";
import { createManualDigestSend } from "../../queries/digests/create-manual-digest-send";
import { DigestInputError, DigestNotFoundError } from "../../queries/digests/digest-errors";
import { type DigestDelivery, deliverDigestSend } from "./deliver-digest-send";

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
  if (input.periodStart && !isPeriodStart(subscription.cadence, input.periodStart)) {
    const expected = subscription.cadence === "weekly" ? "a Monday" : "the 1st of a month";
    throw new DigestInputError(
      `periodStart: ${input.periodStart} is not ${expected} (a ${subscription.cadence} period's first day)`,
    );
  }
  const period = input.periodStart
    ? periodStartingOn(subscription.cadence, input.periodStart, subscription.timeZone)
    : lastCompletePeriod(subscription.cadence, subscription.timeZone, input.now);
  const sendId = await createManualDigestSend(delivery.db, {
    subscriptionId: subscription.id,
    recipients: subscription.recipients,
    period,
    now: input.now,
  });
  const result = await deliverDigestSend(delivery, { sendId, now: input.now, maxAttempts: 1 });
  return { sendId, period, ...result };
}
