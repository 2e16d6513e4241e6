import type { Db } from "../../db/prisma";

/**
 * Records how an attempt ended: sent (the SMTP server accepted it), logged (no SMTP), retrying (an
 * error, with attempts left) or failed (an error on the last attempt). An error clears the hand-off:
 * the SMTP server refused or was unreachable, so trying again cannot deliver twice. Only the worker
 * holding `attempt` (its claim's fencing token) writes; a stale one changes nothing.
 */
export async function finishDigestSend(
  db: Db,
  input: {
    sendId: string;
    attempt: number;
    status: "sent" | "logged" | "retrying" | "failed";
    error?: string;
  },
): Promise<void> {
  const ended = input.status !== "retrying";
  await db.digestSend.updateMany({
    where: { id: input.sendId, attempts: input.attempt, status: "sending" },
    data: {
      status: input.status,
      error: input.error ?? null,
      ...(input.error ? { handedOffAt: null, messageId: null } : {}),
      finishedAt: ended ? new Date() : null,
    },
  });
}
