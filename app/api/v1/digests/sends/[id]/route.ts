import { type IdContext, withDigestErrors } from "@/app/api/v1/digests/with-digest-errors";
import { requestContext } from "@/lib/api/request-context";
import { errorResponse } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { DigestNotFoundError } from "@/lib/queries/digests/digest-errors";
import { getDigestSendOrThrow } from "@/lib/queries/digests/get-digest-send-or-throw";
import { assertDigestSubscriptionInScope } from "@/lib/services/digests/digest-scope";
import { ZDigestId, ZDigestSendQuery } from "@/lib/services/digests/digests-params";

export const dynamic = "force-dynamic";

/** One send with the message as rendered (sent, or logged without SMTP); format=html or text for one part. */
export const GET = withDigestErrors(async (request: Request, context: IdContext) => {
  const id = ZDigestId.parse((await context.params).id);
  const query = ZDigestSendQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const send = await getDigestSendOrThrow(getPrisma(), id);
  // Another team's send reads as a missing one.
  await assertDigestSubscriptionInScope(
    getPrisma(),
    await requestContext(request),
    send.subscriptionId,
  ).catch(() => {
    throw new DigestNotFoundError(`No digest send "${id}"`);
  });
  if (query.format === "json") return Response.json(send);
  const part = query.format === "html" ? send.html : send.text;
  if (part === null)
    return errorResponse(
      404,
      "not_found",
      `Digest send "${id}" was never rendered: ${send.error ?? send.status}`,
    );
  const type = query.format === "html" ? "text/html" : "text/plain";
  return new Response(part, { headers: { "content-type": `${type}; charset=utf-8` } });
});
