import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { deleteAlertChannel } from "@/lib/services/alerts/delete-alert-channel";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

/** Deletes an alert channel no rule routes to (admin or finance). */
export const DELETE = withApiErrors(async (request: Request, { params }: Params) => {
  const { id } = await params;
  await deleteAlertChannel(getPrisma(), { ctx: await requestContext(request), input: { id } });
  return new Response(null, { status: 204 });
});
