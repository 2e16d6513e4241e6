import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { deleteAlertRule } from "@/lib/services/alerts/delete-alert-rule";
import { updateAlertRule } from "@/lib/services/alerts/update-alert-rule";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

/** Renames, re-routes, changes or mutes an alert rule (admin or finance). */
export const PATCH = withApiErrors(async (request: Request, { params }: Params) => {
  const { id } = await params;
  const ctx = await requestContext(request);
  return Response.json(
    await updateAlertRule(getPrisma(), { ctx, input: { id, patch: await request.json() } }),
  );
});

/** Deletes an alert rule (admin or finance). */
export const DELETE = withApiErrors(async (request: Request, { params }: Params) => {
  const { id } = await params;
  await deleteAlertRule(getPrisma(), { ctx: await requestContext(request), input: { id } });
  return new Response(null, { status: 204 });
});
