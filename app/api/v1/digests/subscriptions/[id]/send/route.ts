import type { IdContext } from "@/app/api/v1/digests/id-context";
import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { digestDeliveryFromEnv } from "@/lib/services/digests/digest-delivery-from-env";
import { ZDigestId, ZDigestSendNowBody } from "@/lib/services/digests/digests-params";
import { sendDigestNow } from "@/lib/services/digests/send-digest-now";

export const dynamic = "force-dynamic";

/** Sends the digest now, once (no retries): the outcome (sent, logged or failed) is in the answer and the log. */
export const POST = withApiErrors(async (request: Request, context: IdContext) => {
  const ctx = await requestContext(request);
  const id = ZDigestId.parse((await context.params).id);
  const text = await request.text();
  const body = ZDigestSendNowBody.parse(text ? JSON.parse(text) : {});
  const delivery = await digestDeliveryFromEnv(getPrisma(), { fallbackUrl: new URL(request.url).origin });
  const input = { subscriptionId: id, now: new Date(), periodStart: body.periodStart };
  const result = await sendDigestNow(delivery, { ctx, input });
  return Response.json({
    sendId: result.sendId,
    period: { start: result.period.start, end: result.period.end },
    outcome: result.outcome,
    error: result.error ?? null,
  });
});
