import type { Db } from "../../db/prisma";

/**
 * Takes a delivery for this worker in one UPDATE, so of two workers exactly one gets it. A delivery
 * is free when it waits (pending, retrying), or when its worker went away before sending began
 * (claimed longer than the lease ago, never handed off). Returns the attempt number (the fencing
 * token of every later write), or null when the delivery is not free.
 */
export async function claimAlertDelivery(
  db: Db,
  input: { deliveryId: string; leaseSeconds: number },
): Promise<number | null> {
  const rows = await db.$queryRaw<{ attempts: number }[]>`
    UPDATE alert_delivery
       SET status = 'sending', attempts = attempts + 1, claimed_at = now(), handed_off_at = NULL
     WHERE id = ${input.deliveryId}::uuid
       AND (status IN ('pending', 'retrying')
            OR (status = 'sending' AND handed_off_at IS NULL
                AND claimed_at < now() - make_interval(secs => ${input.leaseSeconds})))
    RETURNING attempts`;
  return rows[0]?.attempts ?? null;
}
