import type { RenderedDigest } from "../../costing/digests/render-digest";
import type { Db } from "../../db/prisma";

/**
 * Stores the rendered message and marks the moment the SMTP exchange begins, if this worker still
 * holds the send: `attempt` is the fencing token its claim returned. A worker slower than the lease
 * may have lost the send to another; it gets false and must not send. From the hand-off on, the
 * send is never taken over (a worker that dies now may or may not have delivered).
 */
export async function handOffDigestSend(
  db: Db,
  input: {
    sendId: string;
    attempt: number;
    rendered: RenderedDigest;
    recipients: string[];
    messageId: string;
  },
): Promise<boolean> {
  const { count } = await db.digestSend.updateMany({
    where: { id: input.sendId, attempts: input.attempt, status: "sending", handedOffAt: null },
    data: {
      subject: input.rendered.subject,
      html: input.rendered.html,
      text: input.rendered.text,
      recipients: input.recipients,
      messageId: input.messageId,
      handedOffAt: new Date(),
    },
  });
  return count === 1;
}
