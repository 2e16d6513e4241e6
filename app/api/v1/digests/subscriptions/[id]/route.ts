import { ZDigestId } from "@/app/api/v1/digests/params";
import { type IdContext, withDigestErrors } from "@/app/api/v1/digests/with-digest-errors";
import { authorizedContext } from "@/lib/api/authorized-context";
import { getPrisma } from "@/lib/db/prisma";
import { ZDigestSubscriptionInput } from "@/lib/queries/digests/create-digest-subscription";
import { deleteDigestSubscription } from "@/lib/queries/digests/delete-digest-subscription";
import { getDigestSubscriptionOrThrow } from "@/lib/queries/digests/get-digest-subscription-or-throw";
import { updateDigestSubscription } from "@/lib/queries/digests/update-digest-subscription";

export const dynamic = "force-dynamic";

export const GET = withDigestErrors(async (_request: Request, context: IdContext) => {
  const id = ZDigestId.parse((await context.params).id);
  return Response.json(await getDigestSubscriptionOrThrow(getPrisma(), id));
});

/** Replaces the subscription's owner, recipients, cadence and time zone. */
export const PUT = withDigestErrors(async (request: Request, context: IdContext) => {
  await authorizedContext(request, "member", "finance", "admin");
  const id = ZDigestId.parse((await context.params).id);
  const input = ZDigestSubscriptionInput.parse(await request.json());
  return Response.json(await updateDigestSubscription(getPrisma(), id, input));
});

/** Deletes the subscription and its send log. */
export const DELETE = withDigestErrors(async (request: Request, context: IdContext) => {
  await authorizedContext(request, "member", "finance", "admin");
  const id = ZDigestId.parse((await context.params).id);
  await deleteDigestSubscription(getPrisma(), id);
  return new Response(null, { status: 204 });
});
