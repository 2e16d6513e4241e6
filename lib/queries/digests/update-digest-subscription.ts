import type { Db } from "../../db/prisma";
import { resolveDigestOwner, type TDigestSubscriptionInput } from "./create-digest-subscription";
import { DigestNotFoundError } from "./digest-errors";
import {
  type DigestSubscriptionDto,
  SUBSCRIPTION_INCLUDE,
  toSubscriptionDto,
} from "./digest-subscription-dto";

/** Replaces a subscription's owner, recipients, cadence and time zone; its send log stays. */
export async function updateDigestSubscription(
  db: Db,
  id: string,
  input: TDigestSubscriptionInput,
): Promise<DigestSubscriptionDto> {
  const existing = await db.digestSubscription.findUnique({ where: { id } });
  if (!existing) throw new DigestNotFoundError(`No digest subscription "${id}"`);
  const owner = await resolveDigestOwner(db, input);
  const row = await db.digestSubscription.update({
    where: { id },
    data: { ...owner, recipients: input.recipients, cadence: input.cadence, timeZone: input.timeZone },
    include: SUBSCRIPTION_INCLUDE,
  });
  return toSubscriptionDto(row);
}
