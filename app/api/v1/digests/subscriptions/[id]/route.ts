import { type IdContext, withDigestErrors } from "@/app/api/v1/digests/with-digest-errors";
import { authorizedContext } from "@/lib/api/authorized-context";
import { requestContext } from "@/lib/api/request-context";
import { getPrisma } from "@/lib/db/prisma";
import { ZDigestSubscriptionInput } from "@/lib/queries/digests/create-digest-subscription";
import { deleteDigestSubscription } from "@/lib/queries/digests/delete-digest-subscription";
import { getDigestSubscriptionOrThrow } from "@/lib/queries/digests/get-digest-subscription-or-throw";
import { updateDigestSubscription } from "@/lib/queries/digests/update-digest-subscription";
import {
  assertDigestOwnerInScope,
  assertDigestSubscriptionInScope,
} from "@/lib/services/digests/digest-scope";
import { ZDigestId } from "@/lib/services/digests/digests-params";

export const dynamic = "force-dynamic";

export const GET = withDigestErrors(async (request: Request, context: IdContext) => {
  const id = ZDigestId.parse((await context.params).id);
  await assertDigestSubscriptionInScope(getPrisma(), await requestContext(request), id);
  return Response.json(await getDigestSubscriptionOrThrow(getPrisma(), id));
});

/** Replaces the subscription's owner, recipients, cadence and time zone. */
export const PUT = withDigestErrors(async (request: Request, context: IdContext) => {
  const ctx = await authorizedContext(request, "member", "finance", "admin");
  const id = ZDigestId.parse((await context.params).id);
  await assertDigestSubscriptionInScope(getPrisma(), ctx, id);
  const input = ZDigestSubscriptionInput.parse(await request.json());
  await assertDigestOwnerInScope(getPrisma(), ctx, input);
  return Response.json(await updateDigestSubscription(getPrisma(), id, input));
});

/** Deletes the subscription and its send log. */
export const DELETE = withDigestErrors(async (request: Request, context: IdContext) => {
  const ctx = await authorizedContext(request, "member", "finance", "admin");
  const id = ZDigestId.parse((await context.params).id);
  await assertDigestSubscriptionInScope(getPrisma(), ctx, id);
  await deleteDigestSubscription(getPrisma(), id);
  return new Response(null, { status: 204 });
});
