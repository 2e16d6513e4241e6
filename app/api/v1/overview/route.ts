import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getFleetOverview } from "@/lib/queries/overview/get-fleet-overview";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async () => {
  const overview = await getFleetOverview(getPrisma(), { asOf: new Date() });
  return Response.json(overview);
});
