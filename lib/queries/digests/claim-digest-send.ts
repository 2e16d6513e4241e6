import type { Db } from "../../db/prisma";

/**
 * Takes a send for this worker in one UPDATE, so of two workers (two app instances, or a restart
 * racing a leftover job) exactly one gets it. A send is free when it waits (pending, retrying), or
 * when its worker went away before the SMTP exchange began (claimed longer than the lease ago,
 * never handed off). Returns the attempt number, or null when the send is not free.
 */
export async function claimDigestSend(
  db: Db,
  input: { sendId: string; leaseSeconds: number },
): Promise<number | null> {
  const rows = await db.$queryRaw<{ attempts: number }[]>`
    UPDATE digest_send
       SET status = 'sending', attempts = attempts + 1, claimed_at = now(), handed_off_at = NULL
     WHERE id = ${input.sendId}::uuid
       AND (status IN ('pending', 'retrying')
            OR (status = 'sending' AND handed_off_at IS NULL
                AND claimed_at < now() - make_interval(secs => ${input.leaseSeconds})))
    RETURNING attempts`;
  return rows[0]?.attempts ?? null;
}
