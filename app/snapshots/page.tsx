import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { pageContext } from "@/lib/api/page-context";
import { policyOf } from "@/lib/costing/snapshots/retention-what-if";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { getRetentionWhatIf } from "@/lib/services/snapshots/get-retention-what-if";
import { listSnapshotChains } from "@/lib/services/snapshots/list-snapshot-chains";
import { SNAPSHOT_CHAINS_PAGE_SIZE } from "@/lib/services/snapshots/snapshots-params";
import {
  chainsQuery,
  hasPolicy,
  whatIfQuery,
  ZSnapshotsParams,
} from "../../lib/services/snapshots/snapshots-page-params";
import { SnapshotsClient } from "./snapshots-client";

export const metadata: Metadata = { title: "Snapshots" };

export default async function SnapshotsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const params = ZSnapshotsParams.parse(await searchParams);
  const queryClient = makeQueryClient();
  const db = getPrisma();
  const now = new Date();
  const ctx = await pageContext();
  const query = chainsQuery(params);
  const prefetches = [
    queryClient.prefetchQuery({
      queryKey: queryKeys.snapshotChains(query),
      queryFn: () =>
        listSnapshotChains(db, { ctx, input: { ...query, pageSize: SNAPSHOT_CHAINS_PAGE_SIZE, now } }),
    }),
  ];
  if (params.cluster && hasPolicy(params)) {
    const whatIf = whatIfQuery({ ...params, cluster: params.cluster, page: 1 });
    prefetches.push(
      queryClient.prefetchQuery({
        queryKey: queryKeys.snapshotRetentionWhatIf(whatIf),
        queryFn: () =>
          getRetentionWhatIf(db, {
            ctx,
            input: { cluster: whatIf.cluster, policy: policyOf(params), page: 1, now },
          }),
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
