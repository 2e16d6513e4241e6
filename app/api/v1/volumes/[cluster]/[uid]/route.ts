import { today, withNotFound } from "@/app/api/v1/costs/with-not-found";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getVolumeDetailOrThrow } from "@/lib/queries/showback/get-volume-detail-or-throw";
import { queryWithDefaultWindow, ZVolumeDetailQuery } from "@/lib/queries/showback/showback-params";

export const dynamic = "force-dynamic";

/** One PersistentVolume: cost by day and component, usage, revisions. */
export const GET = withApiErrors(
  withNotFound(async (request: Request, context: { params: Promise<{ cluster: string; uid: string }> }) => {
    const { cluster, uid } = await context.params;
    const query = ZVolumeDetailQuery.parse(queryWithDefaultWindow(request.url, today()));
    return Response.json(await getVolumeDetailOrThrow(getPrisma(), { ...query, cluster, uid }));
  }),
);
