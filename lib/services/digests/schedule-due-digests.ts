import { scheduledDigestPeriods } from "../../costing/digests/digest-period";
import type { Db } from "../../db/prisma";
import { insertDueDigestSends } from "../../queries/digests/insert-due-digest-sends";
import { lastScheduledDigestDue } from "../../queries/digests/last-scheduled-digest-due";
import { listWaitingDigestSendIds } from "../../queries/digests/list-waiting-digest-send-ids";
import { recoverStaleDigestSends } from "../../queries/digests/recover-stale-digest-sends";
import type { ServiceCall } from "../service-context";
import { DIGEST_SEND_ATTEMPTS } from "./deliver-digest-send";

/**
 * The periodic sweep: records a send for every (subscription, period) due by `now`, in each
 * subscription's time zone, since its schedule started (creation, or the last change of cadence or
 * return of recipients), including periods missed while nothing ran; takes back sends whose
 * worker went away; and hands every waiting send to `enqueue`. Safe to run anywhere, any number of
 * times: the send log's unique key and the claim keep each digest to one message. Periods missed
 * beyond the catch-up limit are recorded as skipped, so the send log shows the gap.
 */
export async function scheduleDueDigests(
  db: Db,
  { input }: ServiceCall<{ now: Date; leaseSeconds: number; enqueue: (sendIds: string[]) => Promise<void> }>,
): Promise<{ recorded: number; recovered: number; enqueued: number }> {
  const subscriptions = await db.digestSubscription.findMany({
    where: { recipients: { isEmpty: false } },
    select: { id: true, cadence: true, timeZone: true, scheduleFrom: true, recipients: true },
  });
  const lastDue = await lastScheduledDigestDue(db);
  const due = subscriptions.flatMap((s) => {
    // From the later of the schedule's start and the last period recorded: a short walk back.
    const last = lastDue.get(s.id);
    const since = last && last > s.scheduleFrom ? last : s.scheduleFrom;
    const periods = scheduledDigestPeriods({
      cadence: s.cadence,
      timeZone: s.timeZone,
      since,
      now: input.now,
    });
    return [
      ...periods.skipped.map((period) => ({
        subscriptionId: s.id,
        recipients: s.recipients,
        period,
        skipped: true,
      })),
      ...periods.due.map((period) => ({ subscriptionId: s.id, recipients: s.recipients, period })),
    ];
  });
  const recorded = await insertDueDigestSends(db, due);
  const recovered = await recoverStaleDigestSends(db, {
    leaseSeconds: input.leaseSeconds,
    maxAttempts: DIGEST_SEND_ATTEMPTS,
  });
  const waiting = await listWaitingDigestSendIds(db);
  if (waiting.length > 0) await input.enqueue(waiting);
  return { recorded, recovered, enqueued: waiting.length };
}
