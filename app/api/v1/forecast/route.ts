import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getForecast } from "@/lib/services/forecasts/get-forecast";

export const dynamic = "force-dynamic";

/** Month-end and next-month forecast per fleet, cluster, namespace, team, cost centre, storage class or category. */
export const GET = withApiErrors(async (request: Request) => {
  const input = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json(await getForecast(getPrisma(), { ctx: await requestContext(request), input }));
});
