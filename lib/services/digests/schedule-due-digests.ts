import { dueDigestPeriods } from "../../costing/digests/digest-period";
import type { Db } from "../../db/prisma";
import { insertDueDigestSends } from "../../queries/digests/insert-due-digest-sends";
import { listWaitingDigestSendIds } from "../../queries/digests/list-waiting-digest-send-ids";
import { recoverStaleDigestSends } from "../../queries/digests/recover-stale-digest-sends";
import { DIGEST_SEND_ATTEMPTS } from "./deliver-digest-send";

/**
 * The periodic sweep: records a send for every (subscription, period) due by `now`, in each
 * subscription's time zone, since its schedule started (creation, or the last change of cadence or
 * return of recipients), including periods missed while nothing ran; takes back sends whose
 * worker went away; and hands every waiting send to `enqueue`. Safe to run anywhere, any number of
 * times: the send log's unique key and the claim keep each digest to one message.
 */
export async function scheduleDueDigests(
  db: Db,
  input: { now: Date; leaseSeconds: number; enqueue: (sendIds: string[]) => Promise<void> },
): Promise<{ recorded: number; recovered: number; enqueued: number }> {
  const subscriptions = await db.digestSubscription.findMany({
    where: { recipients: { isEmpty: false } },
    select: { id: true, cadence: true, timeZone: true, scheduleFrom: true, recipients: true },
  });
  const due = subscriptions.flatMap((s) =>
    dueDigestPeriods({ cadence: s.cadence, timeZone: s.timeZone, since: s.scheduleFrom, now: input.now }).map(
      (period) => ({ subscriptionId: s.id, recipients: s.recipients, period }),
    ),
  );
  const recorded = await insertDueDigestSends(db, due);
  const recovered = await recoverStaleDigestSends(db, {
    leaseSeconds: input.leaseSeconds,
    maxAttempts: DIGEST_SEND_ATTEMPTS,
  });
  const waiting = await listWaitingDigestSendIds(db);
  if (waiting.length > 0) await input.enqueue(waiting);
  return { recorded, recovered, enqueued: waiting.length };
}
