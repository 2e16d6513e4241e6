import { requestContext } from "@/app/interim-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { queryWithDefaultWindow, ZCostFactsQuery } from "@/lib/queries/showback/showback-params";
import { listCostFacts } from "@/lib/services/showback/list-cost-facts";
import { today, withNotFound } from "../with-not-found";

export const dynamic = "force-dynamic";

/** The facts behind a figure: price × quantity × hours = cost, with each price's source. */
export const GET = withApiErrors(
  withNotFound(async (request: Request) => {
    const query = ZCostFactsQuery.parse(queryWithDefaultWindow(request.url, today()));
    const ctx = await requestContext(request);
    return Response.json(await listCostFacts(getPrisma(), { ctx, input: query }));
  }),
);
