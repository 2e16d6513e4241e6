import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { policyOf } from "@/lib/costing/snapshots/retention-what-if";
import { getPrisma } from "@/lib/db/prisma";
import { getScopedMoveVolumesWhatIf } from "@/lib/services/recommendations/get-move-volumes-what-if";
import { ZWhatIfRequest } from "@/lib/services/recommendations/recommendations-params";
import { getRetentionWhatIf } from "@/lib/services/snapshots/get-retention-what-if";

export const dynamic = "force-dynamic";

/**
 * The monthly cost before and after moving volumes to another StorageClass, or applying a snapshot
 * retention policy to a cluster. A POST because the request carries a list; nothing is written.
 */
export const POST = withApiErrors(async (request: Request) => {
  const ctx = await requestContext(request);
  const input = ZWhatIfRequest.parse(await request.json());
  const db = getPrisma();
  const now = new Date();
  if (input.kind === "move") {
    const { kind: _kind, ...move } = input;
    return Response.json(await getScopedMoveVolumesWhatIf(db, { ctx, input: { ...move, now } }));
  }
  const retention = await getRetentionWhatIf(db, {
    ctx,
    input: { cluster: input.cluster, policy: policyOf(input), page: 1, now },
  });
  return Response.json({ kind: "retention", ...retention });
});
