import { createManualDigestSend } from "../../queries/digests/create-manual-digest-send";
import { DigestNotFoundError } from "../../queries/digests/digest-errors";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";
import { type DigestDelivery, deliverDigestSend } from "./deliver-digest-send";
import { assertDigestSubscriptionInScope } from "./digest-scope";
import { requestedDigestPeriod } from "./requested-digest-period";

export type TSendDigestNowInput = { subscriptionId: string; now: Date; periodStart?: string };

/**
 * Sends one subscription's digest now, outside its schedule, once (no retries: the caller sees the
 * error): for the last complete period, or the period starting on `periodStart`. Logged like a
 * scheduled send, and never counted as one. Members, finance and admins only; another team's
 * subscription reads as a missing one (404).
 */
export async function sendDigestNow(
  delivery: DigestDelivery,
  { ctx, input }: ServiceCall<TSendDigestNowInput>,
) {
  assertRole(ctx, "member", "finance", "admin");
  await assertDigestSubscriptionInScope(delivery.db, ctx, input.subscriptionId);
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
  const result = await deliverDigestSend(delivery, {
    ctx: ctx,
    input: { sendId, now: input.now, maxAttempts: 1 },
  });
  return { sendId, period, ...result };
}
