import type { z } from "zod";
import type { Db } from "../../db/prisma";
import { ZDigestSubscriptionInput } from "../../queries/digests/create-digest-subscription";
import type { DigestSubscriptionDto } from "../../queries/digests/digest-subscription-dto";
import { getDigestSubscriptionOrThrow } from "../../queries/digests/get-digest-subscription-or-throw";
import { updateDigestSubscription as writeDigestSubscription } from "../../queries/digests/update-digest-subscription";
import { recordAudit } from "../audit/record-audit";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";
import { assertDigestOwnerInScope, assertDigestSubscriptionInScope } from "./digest-scope";

/** Replaces a subscription's owner, recipients, cadence and time zone, audited before and after. */
export async function updateDigestSubscription(
  db: Db,
  {
    ctx,
    input,
    now,
  }: ServiceCall<{ id: string; subscription: z.input<typeof ZDigestSubscriptionInput> }> & { now: Date },
): Promise<DigestSubscriptionDto> {
  assertRole(ctx, "member", "finance", "admin");
  await assertDigestSubscriptionInScope(db, ctx, input.id);
  const parsed = ZDigestSubscriptionInput.parse(input.subscription);
  await assertDigestOwnerInScope(db, ctx, parsed);
  const before = await getDigestSubscriptionOrThrow(db, input.id);
  const after = await writeDigestSubscription(db, input.id, parsed, now);
  await recordAudit(db, ctx, {
    action: "digest_subscription.update",
    targetType: "digest_subscription",
    targetId: input.id,
    before,
    after,
  });
  return after;
}
