import { WASTE_PAGE_SIZE, ZWasteQuery } from "@/app/api/v1/waste/params";
import { requestContext } from "@/app/interim-context";
import { errorResponse, withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { ClusterNotFoundError } from "@/lib/queries/clusters/get-cluster-by-name-or-throw";
import { getWastePage } from "@/lib/services/waste/get-waste-page";

export const dynamic = "force-dynamic";

/** One page of waste findings with totals by rule. An unknown cluster is invalid input (422). */
export const GET = withApiErrors(async (request: Request) => {
  const params = ZWasteQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const ctx = await requestContext(request);
    const includeDismissed = params.includeDismissed === "true";
    const input = { ...params, includeDismissed, now: new Date(), pageSize: WASTE_PAGE_SIZE };
    const page = await getWastePage(getPrisma(), { ctx, input });
    return Response.json(page);
  } catch (error) {
    if (error instanceof ClusterNotFoundError)
      return errorResponse(422, "invalid_input", `cluster: ${error.message}`);
    throw error;
  }
});
