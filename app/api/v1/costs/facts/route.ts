import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { listCostFacts } from "@/lib/services/showback/list-cost-facts";
import { queryWithDefaultWindow, ZCostFactsQuery } from "@/lib/services/showback/showback-params";

export const dynamic = "force-dynamic";

/** The facts behind a figure: price × quantity × hours = cost, with each price's source. */
export const GET = withApiErrors(async (request: Request) => {
  const query = ZCostFactsQuery.parse(queryWithDefaultWindow(request.url, new Date()));
  const ctx = await requestContext(request);
  return Response.json(await listCostFacts(getPrisma(), { ctx, input: query }));
});
