import type { IdContext } from "@/app/api/v1/digests/id-context";
import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { deleteDigestSubscription } from "@/lib/services/digests/delete-digest-subscription";
import { ZDigestId } from "@/lib/services/digests/digests-params";
import { getDigestSubscriptionOrThrow } from "@/lib/services/digests/get-digest-subscription";
import { updateDigestSubscription } from "@/lib/services/digests/update-digest-subscription";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request, context: IdContext) => {
  const id = ZDigestId.parse((await context.params).id);
  const ctx = await requestContext(request);
  return Response.json(await getDigestSubscriptionOrThrow(getPrisma(), { ctx, input: { id } }));
});

/** Replaces the subscription's owner, recipients, cadence and time zone. */
export const PUT = withApiErrors(async (request: Request, context: IdContext) => {
  const ctx = await requestContext(request);
  const id = ZDigestId.parse((await context.params).id);
  const subscription = await request.json();
  return Response.json(
    await updateDigestSubscription(getPrisma(), { ctx, input: { id, subscription }, now: new Date() }),
  );
});

/** Deletes the subscription and its send log. */
export const DELETE = withApiErrors(async (request: Request, context: IdContext) => {
  const ctx = await requestContext(request);
  const id = ZDigestId.parse((await context.params).id);
  await deleteDigestSubscription(getPrisma(), { ctx, input: { id } });
  return new Response(null, { status: 204 });
});
