import type { Db } from "../../db/prisma";

/**
 * Records how an attempt ended: sent, retrying (an error known to come before the receiver could
 * accept it, with attempts left) or failed. An error that cannot have delivered clears the
 * hand-off, so the retry may send. Only the worker holding `attempt` writes; a stale one changes
 * nothing.
 */
export async function finishAlertDelivery(
  db: Db,
  input: {
    deliveryId: string;
    attempt: number;
    status: "sent" | "logged" | "retrying" | "failed";
    error?: string;
    mayHaveBeenDelivered?: boolean;
  },
): Promise<void> {
  await db.alertDelivery.updateMany({
    where: { id: input.deliveryId, attempts: input.attempt, status: "sending" },
    data: {
      status: input.status,
      error: input.error ?? null,
      ...(input.error && !input.mayHaveBeenDelivered ? { handedOffAt: null } : {}),
      finishedAt: input.status === "retrying" ? null : new Date(),
    },
  });
}
