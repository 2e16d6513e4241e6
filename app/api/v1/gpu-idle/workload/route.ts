import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getGpuWorkloadOrThrow } from "@/lib/services/gpu/get-gpu-workload";
import { ZGpuWorkloadQuery } from "@/lib/services/gpu/gpu-idle-params";

export const dynamic = "force-dynamic";

/** One GPU workload over a window: figures, pods, utilisation against I/O pressure, ROI. Unknown: 404. */
export const GET = withApiErrors(async (request: Request) => {
  const params = ZGpuWorkloadQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const ctx = await requestContext(request);
  return Response.json(
    await getGpuWorkloadOrThrow(getPrisma(), { ctx, input: { ...params, now: new Date() } }),
  );
});
