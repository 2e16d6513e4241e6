import type { z } from "zod";
import type { Db } from "../../db/prisma";
import {
  createDigestSubscription as insertDigestSubscription,
  ZDigestSubscriptionInput,
} from "../../queries/digests/create-digest-subscription";
import type { DigestSubscriptionDto } from "../../queries/digests/digest-subscription-dto";
import { recordAudit } from "../audit/record-audit";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";
import { assertDigestOwnerInScope } from "./digest-scope";

export {
  type TDigestSubscriptionInput,
  ZDigestSubscriptionInput,
} from "../../queries/digests/create-digest-subscription";

/** Subscribes recipients to a team's or namespace's digest (a member: one of their teams'), audited. */
export async function createDigestSubscription(
  db: Db,
  { ctx, input }: ServiceCall<z.input<typeof ZDigestSubscriptionInput>>,
): Promise<DigestSubscriptionDto> {
  assertRole(ctx, "member", "finance", "admin");
  const parsed = ZDigestSubscriptionInput.parse(input);
  await assertDigestOwnerInScope(db, ctx, parsed);
  const created = await insertDigestSubscription(db, parsed);
  await recordAudit(db, ctx, {
    action: "digest_subscription.create",
    targetType: "digest_subscription",
    targetId: created.id,
    after: created,
  });
  return created;
}
