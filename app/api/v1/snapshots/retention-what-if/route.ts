import { ZRetentionWhatIfQuery } from "@/app/api/v1/snapshots/params";
import { withSnapshotErrors } from "@/app/api/v1/snapshots/snapshot-errors";
import { withApiErrors } from "@/lib/api/with-api-errors";
import { getPrisma } from "@/lib/db/prisma";
import { getChainRetentionWhatIf } from "@/lib/queries/snapshots/get-chain-retention-what-if";
import { getClusterRetentionWhatIf } from "@/lib/queries/snapshots/get-cluster-retention-what-if";
import { policyOf } from "@/lib/queries/snapshots/retention-what-if-result";

export const dynamic = "force-dynamic";

/** A retention policy applied to one chain (`chain`) or to every chain of a cluster. */
export const GET = withApiErrors(
  withSnapshotErrors("query", async (request: Request) => {
    const query = ZRetentionWhatIfQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
    const policy = policyOf(query);
    const now = new Date();
    const db = getPrisma();
    const result = query.chain
      ? await getChainRetentionWhatIf(db, { cluster: query.cluster, chainId: query.chain, policy, now })
      : await getClusterRetentionWhatIf(db, { cluster: query.cluster, policy, page: query.page, now });
    return Response.json(result);
  }),
);
