import type { Db } from "../../db/prisma";

/**
 * Records how an attempt ended: sent (the SMTP server accepted it), logged (no SMTP), retrying (an
 * error, with attempts left) or failed (an error on the last attempt, or one after the message data
 * was submitted: `mayHaveBeenDelivered`, which keeps the hand-off and Message-ID). Any other error
 * clears the hand-off: the SMTP server refused or was unreachable before DATA, so trying again
 * cannot deliver twice. Only the worker
 * holding `attempt` (its claim's fencing token) writes; a stale one changes nothing.
 */
export async function finishDigestSend(
  db: Db,
  input: {
    sendId: string;
    attempt: number;
    status: "sent" | "logged" | "retrying" | "failed";
    error?: string;
    mayHaveBeenDelivered?: boolean;
  },
): Promise<void> {
  const ended = input.status !== "retrying";
  await db.digestSend.updateMany({
    where: { id: input.sendId, attempts: input.attempt, status: "sending" },
    data: {
      status: input.status,
      error: input.error ?? null,
      ...(input.error && !input.mayHaveBeenDelivered ? { handedOffAt: null, messageId: null } : {}),
      finishedAt: ended ? new Date() : null,
    },
  });
}
