import type { Db } from "../../db/prisma";
import { deleteDigestSubscription as removeDigestSubscription } from "../../queries/digests/delete-digest-subscription";
import { getDigestSubscriptionOrThrow } from "../../queries/digests/get-digest-subscription-or-throw";
import { recordAudit } from "../audit/record-audit";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";
import { assertDigestSubscriptionInScope } from "./digest-scope";

/** Deletes a subscription and its send log, audited with what it was. */
export async function deleteDigestSubscription(
  db: Db,
  { ctx, input }: ServiceCall<{ id: string }>,
): Promise<void> {
  assertRole(ctx, "member", "finance", "admin");
  await assertDigestSubscriptionInScope(db, ctx, input.id);
  const before = await getDigestSubscriptionOrThrow(db, input.id);
  await removeDigestSubscription(db, input.id);
  await recordAudit(db, ctx, {
    action: "digest_subscription.delete",
    targetType: "digest_subscription",
    targetId: input.id,
    before,
  });
}
