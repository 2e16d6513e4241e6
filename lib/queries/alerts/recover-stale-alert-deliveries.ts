import type { Db } from "../../db/prisma";

/**
 * Deliveries whose worker went away (claimed longer than the lease ago). One stopped before sending
 * waits again (pending) unless it used its `maxAttempts`; one stopped while sending fails with the
 * reason and is not retried: the receiver may have it already.
 */
export async function recoverStaleAlertDeliveries(
  db: Db,
  input: { leaseSeconds: number; maxAttempts: number },
): Promise<number> {
  const retried = await db.$executeRaw`
    UPDATE alert_delivery SET status = 'pending'
     WHERE status = 'sending' AND handed_off_at IS NULL AND attempts < ${input.maxAttempts}
       AND claimed_at < now() - make_interval(secs => ${input.leaseSeconds})`;
  const interrupted = await db.$executeRaw`
    UPDATE alert_delivery
       SET status = 'failed', finished_at = now(),
           error = CASE
             WHEN handed_off_at IS NOT NULL
             THEN 'Interrupted while sending: the receiver may or may not have it, so it is not sent again automatically.'
             ELSE 'Interrupted before sending on each of its ' || attempts || ' attempts: the worker stopped every time.'
           END
     WHERE status = 'sending'
       AND claimed_at < now() - make_interval(secs => ${input.leaseSeconds})`;
  return retried + interrupted;
}
