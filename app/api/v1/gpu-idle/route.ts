import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getGpuIdleReport } from "@/lib/services/gpu/get-gpu-idle-report";
import { ZGpuIdleQuery } from "@/lib/services/gpu/gpu-idle-params";

export const dynamic = "force-dynamic";

/** Idle GPU-hours and cost over a window, grouped, one page of groups; storage-bound workloads' ROI. */
export const GET = withApiErrors(async (request: Request) => {
  const params = ZGpuIdleQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const ctx = await requestContext(request);
  return Response.json(await getGpuIdleReport(getPrisma(), { ctx, input: { ...params, now: new Date() } }));
});
