import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { pageContext } from "@/lib/api/page-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { listDigestSends } from "@/lib/queries/digests/list-digest-sends";
import { listDigestSubscriptions } from "@/lib/queries/digests/list-digest-subscriptions";
import { queryKeys } from "@/lib/query-keys";
import { digestSubscriptionsOf } from "@/lib/services/digests/digest-scope";
import { DIGEST_PAGE_SIZE } from "@/lib/services/digests/digests-params";
import { scopedTeamIds } from "@/lib/services/service-context";
import { DigestsClient } from "./digests-client";
import { ZDigestsParams } from "./digests-params";

export const metadata: Metadata = { title: "Digests" };

export const dynamic = "force-dynamic";

export default async function DigestsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const params = ZDigestsParams.parse(await searchParams);
  const db = getPrisma();
  const scope = digestSubscriptionsOf(scopedTeamIds(await pageContext()));
  const queryClient = makeQueryClient();
  const sends = { page: params.sendsPage, failed: params.failed === "true" };
  await Promise.all([
    queryClient.prefetchQuery({
      queryKey: queryKeys.digestSubscriptions({ page: params.page }),
      queryFn: () => listDigestSubscriptions(db, { page: params.page, pageSize: DIGEST_PAGE_SIZE, scope }),
    }),
    queryClient.prefetchQuery({
      queryKey: queryKeys.digestSends(sends),
      queryFn: () =>
        listDigestSends(db, {
          page: sends.page,
          pageSize: DIGEST_PAGE_SIZE,
          status: sends.failed ? "failed" : undefined,
          scope,
        }),
    }),
    queryClient.prefetchQuery({
      queryKey: queryKeys.digestSends({ page: 1, failed: true }),
      queryFn: () => listDigestSends(db, { page: 1, pageSize: DIGEST_PAGE_SIZE, status: "failed", scope }),
    }),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <DigestsClient />
    </HydrationBoundary>
  );
}
