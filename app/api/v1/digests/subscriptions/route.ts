import { DIGEST_PAGE_SIZE, ZDigestSubscriptionsQuery } from "@/app/api/v1/digests/params";
import { withDigestErrors } from "@/app/api/v1/digests/with-digest-errors";
import { authorizedContext } from "@/lib/api/authorized-context";
import { getPrisma } from "@/lib/db/prisma";
import {
  createDigestSubscription,
  ZDigestSubscriptionInput,
} from "@/lib/queries/digests/create-digest-subscription";
import { listDigestSubscriptions } from "@/lib/queries/digests/list-digest-subscriptions";

export const dynamic = "force-dynamic";

/** One page of digest subscriptions, oldest first. */
export const GET = withDigestErrors(async (request: Request) => {
  const params = ZDigestSubscriptionsQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await listDigestSubscriptions(getPrisma(), { ...params, pageSize: DIGEST_PAGE_SIZE }));
});

/** Creates a subscription; an unknown team, cluster or namespace is invalid input (422). */
export const POST = withDigestErrors(async (request: Request) => {
  await authorizedContext(request, "member", "finance", "admin");
  const input = ZDigestSubscriptionInput.parse(await request.json());
  return Response.json(await createDigestSubscription(getPrisma(), input), { status: 201 });
});
