import type { IdContext } from "@/app/api/v1/digests/id-context";
import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { ZDigestId, ZDigestSendQuery } from "@/lib/services/digests/digests-params";
import { getDigestSendOrThrow } from "@/lib/services/digests/get-digest-send";
import { NotFoundError } from "@/lib/services/service-errors";

export const dynamic = "force-dynamic";

/** One send with the message as rendered (sent, or logged without SMTP); format=html or text for one part. */
export const GET = withApiErrors(async (request: Request, context: IdContext) => {
  const id = ZDigestId.parse((await context.params).id);
  const query = ZDigestSendQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const send = await getDigestSendOrThrow(getPrisma(), { ctx: await requestContext(request), input: { id } });
  if (query.format === "json") return Response.json(send);
  const part = query.format === "html" ? send.html : send.text;
  if (part === null) {
    throw new NotFoundError(`Digest send "${id}" was never rendered: ${send.error ?? send.status}`);
  }
  const type = query.format === "html" ? "text/html" : "text/plain";
  return new Response(part, { headers: { "content-type": `${type}; charset=utf-8` } });
});
