import { ZWhatIfRequest } from "@/app/api/v1/recommendations/params";
import { withRecommendationErrors } from "@/app/api/v1/recommendations/recommendation-errors";
import { requestContext } from "@/app/interim-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getMoveVolumesWhatIf } from "@/lib/queries/recommendations/get-move-volumes-what-if";
import { policyOf } from "@/lib/queries/snapshots/retention-what-if-result";
import { getRetentionWhatIf } from "@/lib/services/snapshots/get-retention-what-if";

export const dynamic = "force-dynamic";

/**
 * The monthly cost before and after moving volumes to another StorageClass, or applying a snapshot
 * retention policy to a cluster. A POST because the request carries a list; nothing is written.
 */
export const POST = withApiErrors(
  withRecommendationErrors(async (request: Request) => {
    const input = ZWhatIfRequest.parse(await request.json());
    const db = getPrisma();
    const now = new Date();
    if (input.kind === "move") return Response.json(await getMoveVolumesWhatIf(db, { ...input, now }));
    const retention = await getRetentionWhatIf(db, {
      ctx: await requestContext(request),
      input: { cluster: input.cluster, policy: policyOf(input), page: 1, now },
    });
    return Response.json({ kind: "retention", ...retention });
  }),
);
