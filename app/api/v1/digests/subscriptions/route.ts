import { withDigestErrors } from "@/app/api/v1/digests/with-digest-errors";
import { requestContext } from "@/lib/api/request-context";
import { getPrisma } from "@/lib/db/prisma";
import { listDigestSubscriptions } from "@/lib/queries/digests/list-digest-subscriptions";
import { createDigestSubscription } from "@/lib/services/digests/create-digest-subscription";
import { digestSubscriptionsOf } from "@/lib/services/digests/digest-scope";
import { DIGEST_PAGE_SIZE, ZDigestSubscriptionsQuery } from "@/lib/services/digests/digests-params";
import { scopedTeamIds } from "@/lib/services/service-context";

export const dynamic = "force-dynamic";

/** One page of digest subscriptions, oldest first. */
export const GET = withDigestErrors(async (request: Request) => {
  const params = ZDigestSubscriptionsQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const scope = digestSubscriptionsOf(scopedTeamIds(await requestContext(request)));
  return Response.json(
    await listDigestSubscriptions(getPrisma(), { ...params, pageSize: DIGEST_PAGE_SIZE, scope }),
  );
});

/** Creates a subscription; an unknown team, cluster or namespace is invalid input (422). */
export const POST = withDigestErrors(async (request: Request) => {
  const ctx = await requestContext(request);
  const created = await createDigestSubscription(getPrisma(), { ctx, input: await request.json() });
  return Response.json(created, { status: 201 });
});
