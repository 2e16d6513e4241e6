import type { Db } from "../../db/prisma";

/**
 * Sends whose worker went away (claimed longer than the lease ago). A scheduled one stopped before
 * the SMTP exchange waits again (pending), unless it has used its `maxAttempts` (a digest that
 * crashes its worker every time would otherwise loop forever): then it fails. One stopped during
 * the exchange fails, with the reason, and is not retried: the message may have been delivered, and
 * a second one is worse than asking someone to look. A manual one ("send now") fails too: whoever
 * asked saw the error and can ask again; so does a manual one still pending after the lease (its
 * process stopped between recording and claiming it).
 */
export async function recoverStaleDigestSends(
  db: Db,
  input: { leaseSeconds: number; maxAttempts: number },
): Promise<number> {
  const retried = await db.$executeRaw`
    UPDATE digest_send SET status = 'pending'
     WHERE status = 'sending' AND handed_off_at IS NULL AND trigger = 'schedule'
       AND attempts < ${input.maxAttempts}
       AND claimed_at < now() - make_interval(secs => ${input.leaseSeconds})`;
  const interrupted = await db.$executeRaw`
    UPDATE digest_send
       SET status = 'failed', finished_at = now(),
           error = CASE
             WHEN handed_off_at IS NOT NULL
             THEN 'Interrupted during the SMTP exchange: the message may or may not have been delivered, so it is not sent again automatically. Use "Send now" to send it again.'
             WHEN trigger = 'schedule'
             THEN 'Interrupted before sending on each of its ' || attempts || ' attempts: the process stopped every time. Use "Send now" to send it.'
             ELSE 'Interrupted before sending: the process stopped. Use "Send now" to send it.'
           END
     WHERE status = 'sending'
       AND claimed_at < now() - make_interval(secs => ${input.leaseSeconds})`;
  const abandoned = await db.$executeRaw`
    UPDATE digest_send
       SET status = 'failed', finished_at = now(),
           error = 'Interrupted before sending: the process stopped. Use "Send now" to send it.'
     WHERE status = 'pending' AND trigger = 'manual'
       AND created_at < now() - make_interval(secs => ${input.leaseSeconds})`;
  return retried + interrupted + abandoned;
}
