import type { ServiceCall } from "../service-context";
import { type DeliveryOutcome, type DigestDelivery, deliverDigestSend } from "./deliver-digest-send";
import { scheduleDueDigests } from "./schedule-due-digests";

export interface DigestPass {
  recorded: number;
  recovered: number;
  outcomes: Partial<Record<DeliveryOutcome, number>>;
}

/**
 * One pass of the digest worker without its queue (`tierscope digest worker --once`, for a cron
 * job, and the crash sweep): the schedule sweep records the sends due by `now` and takes back those
 * of stopped workers, then each waiting send is delivered in turn. Safe beside a running worker:
 * the claim keeps each send to one deliverer.
 */
export async function runDigestPass(
  delivery: DigestDelivery,
  { ctx, input }: ServiceCall<{ now: Date }>,
): Promise<DigestPass> {
  let waiting: string[] = [];
  const swept = await scheduleDueDigests(delivery.db, {
    ctx: ctx,
    input: {
      now: input.now,
      leaseSeconds: delivery.leaseSeconds,
      enqueue: async (sendIds) => {
        waiting = sendIds;
      },
    },
  });
  const outcomes: DigestPass["outcomes"] = {};
  for (const sendId of waiting) {
    const { outcome } = await deliverDigestSend(delivery, { ctx: ctx, input: { sendId, now: input.now } });
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  return { recorded: swept.recorded, recovered: swept.recovered, outcomes };
}
