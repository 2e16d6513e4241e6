import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getVolumeDetailOrThrow } from "@/lib/services/showback/get-volume-detail";
import { queryWithDefaultWindow, ZVolumeDetailQuery } from "@/lib/services/showback/showback-params";

export const dynamic = "force-dynamic";

/** One PersistentVolume: cost by day and component, usage, revisions. */
export const GET = withApiErrors(
  async (request: Request, context: { params: Promise<{ cluster: string; uid: string }> }) => {
    const { cluster, uid } = await context.params;
    const query = ZVolumeDetailQuery.parse(queryWithDefaultWindow(request.url, new Date()));
    const ctx = await requestContext(request);
    const input = { ...query, cluster, uid };
    return Response.json(await getVolumeDetailOrThrow(getPrisma(), { ctx, input }));
  },
);
