import type { Db } from "../../db/prisma";
import { DigestNotFoundError } from "./digest-errors";

/** Takes one address off a subscription (the unsubscribe link); its remaining recipients keep it. */
export async function removeDigestRecipient(
  db: Db,
  input: { subscriptionId: string; email: string },
): Promise<{ removed: boolean; remaining: number }> {
  const row = await db.digestSubscription.findUnique({ where: { id: input.subscriptionId } });
  if (!row) throw new DigestNotFoundError("This digest no longer exists.");
  const email = input.email.trim().toLowerCase();
  const recipients = row.recipients.filter((r) => r !== email);
  if (recipients.length !== row.recipients.length) {
    await db.digestSubscription.update({ where: { id: row.id }, data: { recipients } });
  }
  return { removed: recipients.length !== row.recipients.length, remaining: recipients.length };
}
