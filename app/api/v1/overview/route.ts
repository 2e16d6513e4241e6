import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getFleetOverview } from "@/lib/services/overview/get-fleet-overview";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) => {
  const ctx = await requestContext(request);
  const overview = await getFleetOverview(getPrisma(), { ctx, input: { asOf: new Date() } });
  return Response.json(overview);
});
