import type { Db } from "../../db/prisma";
import { resolveDigestOwner, type TDigestSubscriptionInput } from "./create-digest-subscription";
import { DigestNotFoundError } from "./digest-errors";
import {
  type DigestSubscriptionDto,
  SUBSCRIPTION_INCLUDE,
  toSubscriptionDto,
} from "./digest-subscription-dto";

/**
 * A new cadence, or recipients again after having none, starts the schedule afresh: periods due
 * before now are not owed (no burst of past digests, and no weekly digest for the months a monthly
 * subscription already covered).
 */
export function restartsSchedule(
  existing: { cadence: string; recipients: string[] },
  input: { cadence: string; recipients: string[] },
): boolean {
  return (
    existing.cadence !== input.cadence || (existing.recipients.length === 0 && input.recipients.length > 0)
  );
}

/** Replaces a subscription's owner, recipients, cadence and time zone; its send log stays. */
export async function updateDigestSubscription(
  db: Db,
  id: string,
  input: TDigestSubscriptionInput,
  now: Date = new Date(),
): Promise<DigestSubscriptionDto> {
  const existing = await db.digestSubscription.findUnique({ where: { id } });
  if (!existing) throw new DigestNotFoundError(`No digest subscription "${id}"`);
  const owner = await resolveDigestOwner(db, input);
  const row = await db.digestSubscription.update({
    where: { id },
    data: {
      ...owner,
      recipients: input.recipients,
      cadence: input.cadence,
      timeZone: input.timeZone,
      ...(restartsSchedule(existing, input) ? { scheduleFrom: now } : {}),
    },
    include: SUBSCRIPTION_INCLUDE,
  });
  return toSubscriptionDto(row);
}
