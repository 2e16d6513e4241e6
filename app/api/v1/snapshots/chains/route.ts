import { SNAPSHOT_CHAINS_PAGE_SIZE, ZSnapshotChainsQuery } from "@/app/api/v1/snapshots/params";
import { withSnapshotErrors } from "@/app/api/v1/snapshots/snapshot-errors";
import { requestContext } from "@/app/interim-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { listSnapshotChains } from "@/lib/services/snapshots/list-snapshot-chains";

export const dynamic = "force-dynamic";

/** Snapshot chains with a snapshot alive now, filtered, most expensive first, one page at a time. */
export const GET = withApiErrors(
  withSnapshotErrors("query", async (request: Request) => {
    const query = ZSnapshotChainsQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
    const ctx = await requestContext(request);
    const input = { ...query, pageSize: SNAPSHOT_CHAINS_PAGE_SIZE, now: new Date() };
    const result = await listSnapshotChains(getPrisma(), { ctx, input });
    return Response.json(result);
  }),
);
