import type { Db } from "../../db/prisma";

/**
 * Marks the moment sending begins, if this worker still holds the delivery (`attempt` is its
 * claim's fencing token). From then on the delivery is never taken over: a worker that dies now
 * may or may not have delivered, and a second copy is worse than a gap someone is shown.
 */
export async function handOffAlertDelivery(
  db: Db,
  input: { deliveryId: string; attempt: number },
): Promise<boolean> {
  const { count } = await db.alertDelivery.updateMany({
    where: { id: input.deliveryId, attempts: input.attempt, status: "sending", handedOffAt: null },
    data: { handedOffAt: new Date() },
  });
  return count === 1;
}
