import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getWastePage } from "@/lib/services/waste/get-waste-page";
import { WASTE_PAGE_SIZE, ZWasteQuery } from "@/lib/services/waste/waste-params";

export const dynamic = "force-dynamic";

/** One page of waste findings with totals by rule. An unknown cluster is invalid input (422). */
export const GET = withApiErrors(async (request: Request) => {
  const params = ZWasteQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const ctx = await requestContext(request);
  const includeDismissed = params.includeDismissed === "true";
  const input = { ...params, includeDismissed, now: new Date(), pageSize: WASTE_PAGE_SIZE };
  const page = await getWastePage(getPrisma(), { ctx, input });
  return Response.json(page);
});
