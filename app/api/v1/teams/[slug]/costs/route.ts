import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getTeamCosts } from "@/lib/services/showback/get-team-costs";
import { queryWithDefaultWindow, ZOwnerCostsQuery } from "@/lib/services/showback/showback-params";

export const dynamic = "force-dynamic";

/** A team's spend across its namespaces. */
export const GET = withApiErrors(async (request: Request, context: { params: Promise<{ slug: string }> }) => {
  const { slug } = await context.params;
  const query = ZOwnerCostsQuery.parse(queryWithDefaultWindow(request.url, new Date()));
  const ctx = await requestContext(request);
  return Response.json(await getTeamCosts(getPrisma(), { ctx, input: { ...query, slug } }));
});
