import { requestContext } from "@/lib/api/request-context";
import { errorResponse, withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { ClusterNotFoundError } from "@/lib/queries/clusters/get-cluster-by-name-or-throw";
import { GpuWorkloadNotFoundError } from "@/lib/queries/gpu/get-gpu-workload-or-throw";
import { getGpuWorkloadOrThrow } from "@/lib/services/gpu/get-gpu-workload";
import { ZGpuWorkloadQuery } from "@/lib/services/gpu/gpu-idle-params";

export const dynamic = "force-dynamic";

/** One GPU workload over a window: figures, pods, utilisation against I/O pressure, ROI. Unknown: 404. */
export const GET = withApiErrors(async (request: Request) => {
  const params = ZGpuWorkloadQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const ctx = await requestContext(request);
    return Response.json(
      await getGpuWorkloadOrThrow(getPrisma(), { ctx, input: { ...params, now: new Date() } }),
    );
  } catch (error) {
    if (error instanceof ClusterNotFoundError || error instanceof GpuWorkloadNotFoundError)
      return errorResponse(404, "not_found", error.message);
    throw error;
  }
});
