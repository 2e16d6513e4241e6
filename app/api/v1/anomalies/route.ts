import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { listAnomalies } from "@/lib/services/anomalies/list-anomalies";

export const dynamic = "force-dynamic";

/** Daily cost anomalies and storage-aware detectors over a window of days, with their drivers. */
export const GET = withApiErrors(async (request: Request) => {
  const input = Object.fromEntries(new URL(request.url).searchParams);
  return Response.json(await listAnomalies(getPrisma(), { ctx: await requestContext(request), input }));
});
