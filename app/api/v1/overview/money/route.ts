import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getMoneyOverview } from "@/lib/services/overview/get-money-overview";

export const dynamic = "force-dynamic";

/** The Overview's money: spend, forecast against budget, drivers, waste and savings, shares, anomalies. */
export const GET = withApiErrors(async (request: Request) => {
  const ctx = await requestContext(request);
  return Response.json(await getMoneyOverview(getPrisma(), { ctx, input: { now: new Date() } }));
});
