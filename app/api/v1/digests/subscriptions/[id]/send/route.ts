import { ZDigestId, ZDigestSendNowBody } from "@/app/api/v1/digests/params";
import { type IdContext, withDigestErrors } from "@/app/api/v1/digests/with-digest-errors";
import { authorizedContext } from "@/lib/api/authorized-context";
import { getPrisma } from "@/lib/db/prisma";
import { digestDeliveryFromEnv } from "@/lib/services/digests/digest-delivery-from-env";
import { sendDigestNow } from "@/lib/services/digests/send-digest-now";

export const dynamic = "force-dynamic";

/** Sends the digest now, once (no retries): the outcome (sent, logged or failed) is in the answer and the log. */
export const POST = withDigestErrors(async (request: Request, context: IdContext) => {
  await authorizedContext(request, "member", "finance", "admin");
  const id = ZDigestId.parse((await context.params).id);
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
