import { type IdContext, withDigestErrors } from "@/app/api/v1/digests/with-digest-errors";
import { requestContext } from "@/lib/api/request-context";
import { getPrisma } from "@/lib/db/prisma";
import { getDigestSubscriptionOrThrow } from "@/lib/queries/digests/get-digest-subscription-or-throw";
import { deleteDigestSubscription } from "@/lib/services/digests/delete-digest-subscription";
import { assertDigestSubscriptionInScope } from "@/lib/services/digests/digest-scope";
import { ZDigestId } from "@/lib/services/digests/digests-params";
import { updateDigestSubscription } from "@/lib/services/digests/update-digest-subscription";

export const dynamic = "force-dynamic";

export const GET = withDigestErrors(async (request: Request, context: IdContext) => {
  const id = ZDigestId.parse((await context.params).id);
  await assertDigestSubscriptionInScope(getPrisma(), await requestContext(request), id);
  return Response.json(await getDigestSubscriptionOrThrow(getPrisma(), id));
});

/** Replaces the subscription's owner, recipients, cadence and time zone. */
export const PUT = withDigestErrors(async (request: Request, context: IdContext) => {
  const ctx = await requestContext(request);
  const id = ZDigestId.parse((await context.params).id);
  const subscription = await request.json();
  return Response.json(
    await updateDigestSubscription(getPrisma(), { ctx, input: { id, subscription }, now: new Date() }),
  );
});

/** Deletes the subscription and its send log. */
export const DELETE = withDigestErrors(async (request: Request, context: IdContext) => {
  const ctx = await requestContext(request);
  const id = ZDigestId.parse((await context.params).id);
  await deleteDigestSubscription(getPrisma(), { ctx, input: { id } });
  return new Response(null, { status: 204 });
});
