import type { Db } from "../../db/prisma";

/**
 * Sends whose worker went away (claimed longer than the lease ago). A scheduled one stopped before
 * the SMTP exchange waits again (pending). One stopped during it fails, with the reason, and is
 * not retried: the message may have been delivered, and a second one is worse than asking someone
 * to look. A manual one ("send now") fails too: whoever asked saw the error and can ask again.
 */
export async function recoverStaleDigestSends(db: Db, input: { leaseSeconds: number }): Promise<number> {
  const retried = await db.$executeRaw`
    UPDATE digest_send SET status = 'pending'
     WHERE status = 'sending' AND handed_off_at IS NULL AND trigger = 'schedule'
       AND claimed_at < now() - make_interval(secs => ${input.leaseSeconds})`;
  const interrupted = await db.$executeRaw`
    UPDATE digest_send
       SET status = 'failed', finished_at = now(),
           error = CASE WHEN handed_off_at IS NULL
             THEN 'Interrupted before sending: the process stopped. Use "Send now" to send it.'
             ELSE 'Interrupted during the SMTP exchange: the message may or may not have been delivered, so it is not sent again automatically. Use "Send now" to send it again.'
           END
     WHERE status = 'sending'
       AND claimed_at < now() - make_interval(secs => ${input.leaseSeconds})`;
  return retried + interrupted;
}
