import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { dismissRecommendation } from "@/lib/services/recommendations/dismiss-recommendation";
import { listRecommendationDismissals } from "@/lib/services/recommendations/list-recommendation-dismissals";
import {
  DISMISSALS_PAGE_SIZE,
  ZDismissalsQuery,
  ZDismissBody,
} from "@/lib/services/recommendations/recommendations-params";

export const dynamic = "force-dynamic";

/** Dismissed recommendations with their reasons, newest first, one page at a time. */
export const GET = withApiErrors(async (request: Request) => {
  const params = ZDismissalsQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const ctx = await requestContext(request);
  const input = { ...params, pageSize: DISMISSALS_PAGE_SIZE };
  return Response.json(await listRecommendationDismissals(getPrisma(), { ctx, input }));
});

/** Dismiss a recommendation with a reason (again: the reason is replaced). */
export const POST = withApiErrors(async (request: Request) => {
  const ctx = await requestContext(request);
  const body = ZDismissBody.parse(await request.json());
  const dismissal = await dismissRecommendation(getPrisma(), { ctx, input: { ...body, now: new Date() } });
  return Response.json(dismissal, { status: 201 });
});
