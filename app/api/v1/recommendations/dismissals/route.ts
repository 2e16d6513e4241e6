import { DISMISSALS_PAGE_SIZE, ZDismissalsQuery } from "@/app/api/v1/recommendations/params";
import { withRecommendationErrors } from "@/app/api/v1/recommendations/recommendation-errors";
import { authorizedContext } from "@/lib/api/authorized-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import {
  dismissRecommendation,
  ZDismissRecommendation,
} from "@/lib/queries/recommendations/dismiss-recommendation";
import { listRecommendationDismissals } from "@/lib/queries/recommendations/list-recommendation-dismissals";

export const dynamic = "force-dynamic";

/** Dismissed recommendations with their reasons, newest first, one page at a time. */
export const GET = withApiErrors(async (request: Request) => {
  const params = ZDismissalsQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await listRecommendationDismissals(getPrisma(), params, DISMISSALS_PAGE_SIZE));
});

/** Dismiss a recommendation with a reason (again: the reason is replaced). */
export const POST = withApiErrors(
  withRecommendationErrors(async (request: Request) => {
    await authorizedContext(request, "member", "finance", "admin");
    const input = ZDismissRecommendation.parse(await request.json());
    return Response.json(await dismissRecommendation(getPrisma(), input, new Date()), { status: 201 });
  }),
);
