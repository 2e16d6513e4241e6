import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { listSnapshotChains } from "@/lib/services/snapshots/list-snapshot-chains";
import { SNAPSHOT_CHAINS_PAGE_SIZE, ZSnapshotChainsQuery } from "@/lib/services/snapshots/snapshots-params";

export const dynamic = "force-dynamic";

/** Snapshot chains with a snapshot alive now, filtered, most expensive first, one page at a time. */
export const GET = withApiErrors(async (request: Request) => {
  const query = ZSnapshotChainsQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const ctx = await requestContext(request);
  const input = { ...query, pageSize: SNAPSHOT_CHAINS_PAGE_SIZE, now: new Date() };
  const result = await listSnapshotChains(getPrisma(), { ctx, input });
  return Response.json(result);
});
