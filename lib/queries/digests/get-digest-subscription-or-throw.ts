import type { Db } from "../../db/prisma";
import { DigestNotFoundError } from "./digest-errors";
import {
  type DigestSubscriptionDto,
  SUBSCRIPTION_INCLUDE,
  toSubscriptionDto,
} from "./digest-subscription-dto";

export async function getDigestSubscriptionOrThrow(db: Db, id: string): Promise<DigestSubscriptionDto> {
  const row = await db.digestSubscription.findUnique({ where: { id }, include: SUBSCRIPTION_INCLUDE });
  if (!row) throw new DigestNotFoundError(`No digest subscription "${id}"`);
  return toSubscriptionDto(row);
}
