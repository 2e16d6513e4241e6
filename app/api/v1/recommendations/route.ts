import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getRecommendationsPage } from "@/lib/services/recommendations/get-recommendations-page";
import {
  RECOMMENDATIONS_PAGE_SIZE,
  ZRecommendationsQuery,
} from "@/lib/services/recommendations/recommendations-params";

export const dynamic = "force-dynamic";

/** One page of recommendations, ranked by net monthly value, with totals by rule. */
export const GET = withApiErrors(async (request: Request) => {
  const params = ZRecommendationsQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const ctx = await requestContext(request);
  const includeDismissed = params.includeDismissed === "true";
  const input = { ...params, includeDismissed, now: new Date(), pageSize: RECOMMENDATIONS_PAGE_SIZE };
  const page = await getRecommendationsPage(getPrisma(), { ctx, input });
  return Response.json(page);
});
