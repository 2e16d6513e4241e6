import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getSnapshotChainOrThrow } from "@/lib/services/snapshots/get-snapshot-chain";
import { ZSnapshotChainPath, ZSnapshotChainQuery } from "@/lib/services/snapshots/snapshots-params";

export const dynamic = "force-dynamic";

/** One chain: its summary, the timeline of every snapshot, and a page of its snapshots. */
export const GET = withApiErrors(
  async (request: Request, context: { params: Promise<{ cluster: string; chainId: string }> }) => {
    const { cluster, chainId } = await context.params;
    const { chainId: chain } = ZSnapshotChainPath.parse({ chainId });
    const query = ZSnapshotChainQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
    const ctx = await requestContext(request);
    const input = { cluster, chainId: chain, page: query.page, now: new Date() };
    const result = await getSnapshotChainOrThrow(getPrisma(), { ctx, input });
    return Response.json(result);
  },
);
