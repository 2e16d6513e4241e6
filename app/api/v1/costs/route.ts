import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getShowback } from "@/lib/services/showback/get-showback";
import { queryWithDefaultWindow, ZShowbackQuery } from "@/lib/services/showback/showback-params";

export const dynamic = "force-dynamic";

/** Showback: spend over a window grouped by cluster, namespace, team, cost centre, storage class or category. */
export const GET = withApiErrors(async (request: Request) => {
  const query = ZShowbackQuery.parse(queryWithDefaultWindow(request.url, new Date()));
  const ctx = await requestContext(request);
  return Response.json(await getShowback(getPrisma(), { ctx, input: query }));
});
