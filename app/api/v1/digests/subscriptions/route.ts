import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { createDigestSubscription } from "@/lib/services/digests/create-digest-subscription";
import { DIGEST_PAGE_SIZE, ZDigestSubscriptionsQuery } from "@/lib/services/digests/digests-params";
import { listDigestSubscriptions } from "@/lib/services/digests/list-digest-subscriptions";

export const dynamic = "force-dynamic";

/** One page of digest subscriptions, oldest first. */
export const GET = withApiErrors(async (request: Request) => {
  const params = ZDigestSubscriptionsQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const ctx = await requestContext(request);
  const input = { ...params, pageSize: DIGEST_PAGE_SIZE };
  return Response.json(await listDigestSubscriptions(getPrisma(), { ctx, input }));
});

/** Creates a subscription; an unknown team, cluster or namespace is invalid input (422). */
export const POST = withApiErrors(async (request: Request) => {
  const ctx = await requestContext(request);
  const created = await createDigestSubscription(getPrisma(), { ctx, input: await request.json() });
  return Response.json(created, { status: 201 });
});
