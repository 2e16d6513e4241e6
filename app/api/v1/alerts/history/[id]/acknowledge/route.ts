import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { acknowledgeAlert } from "@/lib/services/alerts/acknowledge-alert";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

/** Acknowledges an alert. */
export const POST = withApiErrors(async (request: Request, { params }: Params) => {
  const { id } = await params;
  return Response.json(
    await acknowledgeAlert(getPrisma(), { ctx: await requestContext(request), input: { id } }),
  );
});
