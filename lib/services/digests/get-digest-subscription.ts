import type { Db } from "../../db/prisma";
import type { DigestSubscriptionDto } from "../../queries/digests/digest-subscription-dto";
import { getDigestSubscriptionOrThrow as readDigestSubscriptionOrThrow } from "../../queries/digests/get-digest-subscription-or-throw";
import type { ServiceCall } from "../service-context";
import { assertDigestSubscriptionInScope } from "./digest-scope";

/** One subscription; another team's reads as a missing one (404). */
export async function getDigestSubscriptionOrThrow(
  db: Db,
  { ctx, input }: ServiceCall<{ id: string }>,
): Promise<DigestSubscriptionDto> {
  await assertDigestSubscriptionInScope(db, ctx, input.id);
  return readDigestSubscriptionOrThrow(db, input.id);
}
