import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { SNAPSHOT_CHAINS_PAGE_SIZE } from "@/app/api/v1/snapshots/params";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { getClusterRetentionWhatIf } from "@/lib/queries/snapshots/get-cluster-retention-what-if";
import { listSnapshotChains } from "@/lib/queries/snapshots/list-snapshot-chains";
import { policyOf } from "@/lib/queries/snapshots/retention-what-if-result";
import { queryKeys } from "@/lib/query-keys";
import { SnapshotsClient } from "./snapshots-client";
import { chainsQuery, hasPolicy, whatIfQuery, ZSnapshotsParams } from "./snapshots-params";

export default async function SnapshotsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const params = ZSnapshotsParams.parse(await searchParams);
  const queryClient = makeQueryClient();
  const db = getPrisma();
  const now = new Date();
  const query = chainsQuery(params);
  const prefetches = [
    queryClient.prefetchQuery({
      queryKey: queryKeys.snapshotChains(query),
      queryFn: () => listSnapshotChains(db, { ...query, pageSize: SNAPSHOT_CHAINS_PAGE_SIZE, now }),
    }),
  ];
  if (params.cluster && hasPolicy(params)) {
    const whatIf = whatIfQuery({ ...params, cluster: params.cluster, page: 1 });
    prefetches.push(
      queryClient.prefetchQuery({
        queryKey: queryKeys.snapshotRetentionWhatIf(whatIf),
        queryFn: () =>
          getClusterRetentionWhatIf(db, { cluster: whatIf.cluster, policy: policyOf(params), page: 1, now }),
      }),
    );
  }
  await Promise.all(prefetches);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <SnapshotsClient />
    </HydrationBoundary>
  );
}
