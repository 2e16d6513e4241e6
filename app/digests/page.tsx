import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { DigestOwnerOptionsProvider } from "@/components/digests/digest-owner-options";
import { pageContext } from "@/lib/api/page-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { DIGEST_PAGE_SIZE } from "@/lib/services/digests/digests-params";
import { listDigestOwnerOptions } from "@/lib/services/digests/list-digest-owner-options";
import { listDigestSends } from "@/lib/services/digests/list-digest-sends";
import { listDigestSubscriptions } from "@/lib/services/digests/list-digest-subscriptions";
import { ZDigestsParams } from "../../lib/services/digests/digests-page-params";
import { DigestsClient } from "./digests-client";

export const metadata: Metadata = { title: "Digests" };

export const dynamic = "force-dynamic";

export default async function DigestsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const params = ZDigestsParams.parse(await searchParams);
  const db = getPrisma();
  const ctx = await pageContext();
  const queryClient = makeQueryClient();
  const sends = { page: params.sendsPage, failed: params.failed === "true" };
  const [options] = await Promise.all([
    listDigestOwnerOptions(db, { ctx, input: {} }),
    queryClient.prefetchQuery({
      queryKey: queryKeys.digestSubscriptions({ page: params.page }),
      queryFn: () =>
        listDigestSubscriptions(db, { ctx, input: { page: params.page, pageSize: DIGEST_PAGE_SIZE } }),
    }),
    queryClient.prefetchQuery({
      queryKey: queryKeys.digestSends(sends),
      queryFn: () =>
        listDigestSends(db, {
          ctx,
          input: {
            page: sends.page,
            pageSize: DIGEST_PAGE_SIZE,
            status: sends.failed ? "failed" : undefined,
          },
        }),
    }),
    queryClient.prefetchQuery({
      queryKey: queryKeys.digestSends({ page: 1, failed: true }),
      queryFn: () =>
        listDigestSends(db, { ctx, input: { page: 1, pageSize: DIGEST_PAGE_SIZE, status: "failed" } }),
    }),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <DigestOwnerOptionsProvider options={options}>
        <DigestsClient />
      </DigestOwnerOptionsProvider>
    </HydrationBoundary>
  );
}
