import type { IdContext } from "@/app/api/v1/digests/id-context";
import { authorizedContext } from "@/lib/api/authorized-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { digestDeliveryFromEnv } from "@/lib/services/digests/digest-delivery-from-env";
import { assertDigestSubscriptionInScope } from "@/lib/services/digests/digest-scope";
import { ZDigestId, ZDigestSendNowBody } from "@/lib/services/digests/digests-params";
import { sendDigestNow } from "@/lib/services/digests/send-digest-now";

export const dynamic = "force-dynamic";

/** Sends the digest now, once (no retries): the outcome (sent, logged or failed) is in the answer and the log. */
export const POST = withApiErrors(async (request: Request, context: IdContext) => {
  const ctx = await authorizedContext(request, "member", "finance", "admin");
  const id = ZDigestId.parse((await context.params).id);
  await assertDigestSubscriptionInScope(getPrisma(), ctx, id);
  const text = await request.text();
  const body = ZDigestSendNowBody.parse(text ? JSON.parse(text) : {});
  const db = getPrisma();
  const delivery = await digestDeliveryFromEnv(db, { fallbackUrl: new URL(request.url).origin });
  const result = await sendDigestNow(delivery, {
    subscriptionId: id,
    now: new Date(),
    periodStart: body.periodStart,
  });
  return Response.json({
    sendId: result.sendId,
    period: { start: result.period.start, end: result.period.end },
    outcome: result.outcome,
    error: result.error ?? null,
  });
});
