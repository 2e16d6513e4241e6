import type { IdContext } from "@/app/api/v1/digests/id-context";
import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { digestDeliveryFromEnv } from "@/lib/services/digests/digest-delivery-from-env";
import { ZDigestId, ZDigestPreviewQuery } from "@/lib/services/digests/digests-params";
import { previewDigest } from "@/lib/services/digests/preview-digest";

export const dynamic = "force-dynamic";

/** The digest as it would be sent now: JSON (subject, parts, period, recipients), or one part alone. */
export const GET = withApiErrors(async (request: Request, context: IdContext) => {
  const id = ZDigestId.parse((await context.params).id);
  const url = new URL(request.url);
  const query = ZDigestPreviewQuery.parse(Object.fromEntries(url.searchParams));
  const ctx = await requestContext(request);
  const db = getPrisma();
  const delivery = await digestDeliveryFromEnv(db, { fallbackUrl: url.origin });
  const input = { ...delivery, subscriptionId: id, now: new Date(), periodStart: query.periodStart };
  const preview = await previewDigest(db, { ctx, input });
  if (query.format === "html")
    return new Response(preview.html, { headers: { "content-type": "text/html; charset=utf-8" } });
  if (query.format === "text")
    return new Response(preview.text, { headers: { "content-type": "text/plain; charset=utf-8" } });
  return Response.json(preview);
});
