import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { DIGEST_PAGE_SIZE, ZDigestSendsQuery } from "@/lib/services/digests/digests-params";
import { listDigestSends } from "@/lib/services/digests/list-digest-sends";

export const dynamic = "force-dynamic";

/** The send log, newest first; status=failed for the failures only. */
export const GET = withApiErrors(async (request: Request) => {
  const params = ZDigestSendsQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const ctx = await requestContext(request);
  const input = {
    page: params.page,
    pageSize: DIGEST_PAGE_SIZE,
    status: params.status,
    subscriptionId: params.subscription,
  };
  return Response.json(await listDigestSends(getPrisma(), { ctx, input }));
});
