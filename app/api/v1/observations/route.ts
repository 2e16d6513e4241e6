import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getObservations } from "@/lib/services/observations/get-observations";
import { ZObservationsParams } from "@/lib/services/observations/observations-params";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) => {
  const ctx = await requestContext(request);
  const input = ZObservationsParams.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await getObservations(getPrisma(), { ctx, input }));
});
