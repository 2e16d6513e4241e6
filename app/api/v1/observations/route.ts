import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getObservationsPage } from "@/lib/queries/observations/get-observations-page";
import { OBSERVATIONS_PAGE_SIZE, ZObservationsParams } from "@/lib/services/observations/observations-params";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) => {
  const params = ZObservationsParams.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await getObservationsPage(getPrisma(), params, OBSERVATIONS_PAGE_SIZE));
});
