import type { Db } from "../../db/prisma";
import { DigestNotFoundError } from "./digest-errors";
import { type DigestSendDto, SEND_INCLUDE, toSendDto } from "./digest-send-dto";

/** One send with what was rendered for it: the message as sent, or as logged without SMTP. */
export async function getDigestSendOrThrow(
  db: Db,
  id: string,
): Promise<DigestSendDto & { html: string | null; text: string | null }> {
  const row = await db.digestSend.findUnique({ where: { id }, include: SEND_INCLUDE });
  if (!row) throw new DigestNotFoundError(`No digest send "${id}"`);
  return { ...toSendDto(row), html: row.html, text: row.text };
}
