import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { listReportMonths } from "@/lib/services/reports/list-report-months";

export const dynamic = "force-dynamic";

/** The months a chargeback can be asked for (one per month of history: short, not paginated). */
export const GET = withApiErrors(async (request: Request) => {
  const ctx = await requestContext(request);
  return Response.json({ items: await listReportMonths(getPrisma(), { ctx, input: {} }) });
});
