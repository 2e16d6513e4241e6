import type { Db } from "../../db/prisma";
import { DigestNotFoundError } from "../../queries/digests/digest-errors";
import { getDigestSendOrThrow as readDigestSendOrThrow } from "../../queries/digests/get-digest-send-or-throw";
import type { ServiceCall } from "../service-context";
import { assertDigestSubscriptionInScope } from "./digest-scope";

/** One send with the message as rendered; another team's send reads as a missing one (404). */
export async function getDigestSendOrThrow(db: Db, { ctx, input }: ServiceCall<{ id: string }>) {
  const send = await readDigestSendOrThrow(db, input.id);
  await assertDigestSubscriptionInScope(db, ctx, send.subscriptionId).catch(() => {
    throw new DigestNotFoundError(`No digest send "${input.id}"`);
  });
  return send;
}
