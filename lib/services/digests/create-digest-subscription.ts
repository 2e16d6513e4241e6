import type { Db } from "../../db/prisma";
import {
  createDigestSubscription as insertDigestSubscription,
  type TDigestSubscriptionInput,
} from "../../queries/digests/create-digest-subscription";
import type { DigestSubscriptionDto } from "../../queries/digests/digest-subscription-dto";
import { recordAudit } from "../audit/record-audit";
import type { ServiceCall } from "../service-context";
import { assertDigestOwnerInScope } from "./digest-scope";

export {
  type TDigestSubscriptionInput,
  ZDigestSubscriptionInput,
} from "../../queries/digests/create-digest-subscription";

/** Creates a subscription about one of the reader's teams, audited; an unknown owner is 422. */
export async function createDigestSubscription(
  db: Db,
  { ctx, input }: ServiceCall<TDigestSubscriptionInput>,
): Promise<DigestSubscriptionDto> {
  await assertDigestOwnerInScope(db, ctx, input);
  const created = await insertDigestSubscription(db, input);
  await recordAudit(db, ctx, {
    action: "digest_subscription.create",
    targetType: "digest_subscription",
    targetId: created.id,
    after: created,
  });
  return created;
}
