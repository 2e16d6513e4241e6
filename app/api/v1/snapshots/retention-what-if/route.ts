import { requestContext } from "@/lib/api/request-context";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { policyOf } from "@/lib/costing/snapshots/retention-what-if";
import { getPrisma } from "@/lib/db/prisma";
import { getRetentionWhatIf } from "@/lib/services/snapshots/get-retention-what-if";
import { ZRetentionWhatIfQuery } from "@/lib/services/snapshots/snapshots-params";

export const dynamic = "force-dynamic";

/** A retention policy applied to one chain (`chain`) or to every chain of a cluster. */
export const GET = withApiErrors(async (request: Request) => {
  const query = ZRetentionWhatIfQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const policy = policyOf(query);
  const now = new Date();
  const ctx = await requestContext(request);
  const input = { cluster: query.cluster, chain: query.chain, policy, page: query.page, now };
  const result = await getRetentionWhatIf(getPrisma(), { ctx, input });
  return Response.json(result);
});
