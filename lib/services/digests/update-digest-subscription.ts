import type { Db } from "../../db/prisma";
import type { TDigestSubscriptionInput } from "../../queries/digests/create-digest-subscription";
import type { DigestSubscriptionDto } from "../../queries/digests/digest-subscription-dto";
import { getDigestSubscriptionOrThrow } from "../../queries/digests/get-digest-subscription-or-throw";
import { updateDigestSubscription as writeDigestSubscription } from "../../queries/digests/update-digest-subscription";
import { recordAudit } from "../audit/record-audit";
import type { ServiceCall } from "../service-context";
import { assertDigestOwnerInScope, assertDigestSubscriptionInScope } from "./digest-scope";

/** Replaces a subscription's owner, recipients, cadence and time zone, within the reader's teams; audited. */
export async function updateDigestSubscription(
  db: Db,
  { ctx, input }: ServiceCall<{ id: string; subscription: TDigestSubscriptionInput }>,
): Promise<DigestSubscriptionDto> {
  await assertDigestSubscriptionInScope(db, ctx, input.id);
  await assertDigestOwnerInScope(db, ctx, input.subscription);
  const before = await getDigestSubscriptionOrThrow(db, input.id);
  const after = await writeDigestSubscription(db, input.id, input.subscription);
  await recordAudit(db, ctx, {
    action: "digest_subscription.update",
    targetType: "digest_subscription",
    targetId: input.id,
    before,
    after,
  });
  return after;
}
