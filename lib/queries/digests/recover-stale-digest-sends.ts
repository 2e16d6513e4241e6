import type { Db } from "../../db/prisma";

/**
 * Sends whose worker went away (claimed longer than the lease ago). Before the SMTP exchange:
 * waiting again (pending). During it: failed, with the reason, and not retried, because the
 * message may have been delivered and a second one is worse than asking someone to look.
 */
export async function recoverStaleDigestSends(db: Db, input: { leaseSeconds: number }): Promise<number> {
  const retried = await db.$executeRaw`
    UPDATE digest_send SET status = 'pending'
     WHERE status = 'sending' AND handed_off_at IS NULL
       AND claimed_at < now() - make_interval(secs => ${input.leaseSeconds})`;
  const interrupted = await db.$executeRaw`
    UPDATE digest_send
       SET status = 'failed', finished_at = now(),
           error = 'Interrupted during the SMTP exchange: the message may or may not have been delivered, so it is not sent again automatically. Use "Send now" to send it again.'
     WHERE status = 'sending' AND handed_off_at IS NOT NULL
       AND claimed_at < now() - make_interval(secs => ${input.leaseSeconds})`;
  return retried + interrupted;
}
