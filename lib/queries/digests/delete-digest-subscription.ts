import type { Db } from "../../db/prisma";
import { DigestNotFoundError } from "./digest-errors";

/** Deletes a subscription and its send log. */
export async function deleteDigestSubscription(db: Db, id: string): Promise<void> {
  const { count } = await db.digestSubscription.deleteMany({ where: { id } });
  if (count === 0) throw new DigestNotFoundError(`No digest subscription "${id}"`);
}
