import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { pageContext } from "@/lib/api/page-context";
import { policyOf } from "@/lib/costing/snapshots/retention-what-if";
import { decodeChainKey } from "@/lib/costing/snapshots/snapshot-chain-key";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { NotFoundError } from "@/lib/services/service-errors";
import { getRetentionWhatIf } from "@/lib/services/snapshots/get-retention-what-if";
import { getSnapshotChainOrThrow } from "@/lib/services/snapshots/get-snapshot-chain";
import {
  hasPolicy,
  whatIfQuery,
  ZChainParams,
} from "../../../../lib/services/snapshots/snapshots-page-params";
import { ChainClient } from "./chain-client";

export const metadata: Metadata = { title: "Snapshot chain" };

export default async function SnapshotChainPage(props: {
  params: Promise<{ cluster: string; chain: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { cluster, chain: key } = await props.params;
  const chainId = decodeChainKey(key);
  if (chainId === null) notFound();
  const params = ZChainParams.parse(await props.searchParams);
  const queryClient = makeQueryClient();
  const db = getPrisma();
  const now = new Date();
  const ctx = await pageContext();
  try {
    await queryClient.fetchQuery({
      queryKey: queryKeys.snapshotChain({ cluster, chain: key, page: params.page }),
      queryFn: () =>
        getSnapshotChainOrThrow(db, { ctx, input: { cluster, chainId, page: params.page, now } }),
    });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  if (hasPolicy(params)) {
    await queryClient.prefetchQuery({
      queryKey: queryKeys.snapshotRetentionWhatIf(whatIfQuery({ ...params, cluster, chain: key, page: 1 })),
      queryFn: () =>
        getRetentionWhatIf(db, {
          ctx,
          input: { cluster, chain: chainId, policy: policyOf(params), page: 1, now },
        }),
    });
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ChainClient cluster={cluster} chainKey={key} />
    </HydrationBoundary>
  );
}
