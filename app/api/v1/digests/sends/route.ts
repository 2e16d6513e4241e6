import { withDigestErrors } from "@/app/api/v1/digests/with-digest-errors";
import { requestContext } from "@/lib/api/request-context";
import { getPrisma } from "@/lib/db/prisma";
import { listDigestSends } from "@/lib/queries/digests/list-digest-sends";
import { digestSubscriptionsOf } from "@/lib/services/digests/digest-scope";
import { DIGEST_PAGE_SIZE, ZDigestSendsQuery } from "@/lib/services/digests/digests-params";
import { scopedTeamIds } from "@/lib/services/service-context";

export const dynamic = "force-dynamic";

/** The send log, newest first; status=failed for the failures only. */
export const GET = withDigestErrors(async (request: Request) => {
  const params = ZDigestSendsQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(
    await listDigestSends(getPrisma(), {
      page: params.page,
      pageSize: DIGEST_PAGE_SIZE,
      status: params.status,
      subscriptionId: params.subscription,
      scope: digestSubscriptionsOf(scopedTeamIds(await requestContext(request))),
    }),
  );
});
