import { today, withNotFound } from "@/app/api/v1/costs/with-not-found";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getTeamCosts } from "@/lib/queries/showback/get-team-costs";
import { queryWithDefaultWindow, ZOwnerCostsQuery } from "@/lib/queries/showback/showback-params";

export const dynamic = "force-dynamic";

/** A team's spend across its namespaces. */
export const GET = withApiErrors(
  withNotFound(async (request: Request, context: { params: Promise<{ slug: string }> }) => {
    const { slug } = await context.params;
    const query = ZOwnerCostsQuery.parse(queryWithDefaultWindow(request.url, today()));
    return Response.json(await getTeamCosts(getPrisma(), { ...query, slug }));
  }),
);
