import type { RenderedDigest } from "../../costing/digests/render-digest";
import type { Db } from "../../db/prisma";

/**
 * Stores the rendered message and marks the moment the SMTP exchange begins. A worker that dies
 * after this point may or may not have delivered, so the send is never taken over from here on.
 */
export async function handOffDigestSend(
  db: Db,
  input: { sendId: string; rendered: RenderedDigest; recipients: string[]; messageId: string },
): Promise<void> {
  await db.digestSend.update({
    where: { id: input.sendId },
    data: {
      subject: input.rendered.subject,
      html: input.rendered.html,
      text: input.rendered.text,
      recipients: input.recipients,
      messageId: input.messageId,
      handedOffAt: new Date(),
    },
  });
}
