import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { pageContext } from "@/lib/api/page-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { getRecommendationsPage } from "@/lib/services/recommendations/get-recommendations-page";
import { listRecommendationDismissals } from "@/lib/services/recommendations/list-recommendation-dismissals";
import {
  DISMISSALS_PAGE_SIZE,
  RECOMMENDATIONS_PAGE_SIZE,
} from "@/lib/services/recommendations/recommendations-params";
import { ZRecommendationsParams } from "../../lib/services/recommendations/recommendations-page-params";
import { RecommendationsClient } from "./recommendations-client";

export const metadata: Metadata = { title: "Recommendations" };

export default async function RecommendationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const params = ZRecommendationsParams.parse(await searchParams);
  const list = { cluster: params.cluster, rule: params.rule, page: params.page };
  const ctx = await pageContext();
  const queryClient = makeQueryClient();
  await Promise.all([
    queryClient.prefetchQuery({
      queryKey: queryKeys.recommendations(list),
      queryFn: () =>
        getRecommendationsPage(getPrisma(), {
          ctx,
          input: { ...list, now: new Date(), pageSize: RECOMMENDATIONS_PAGE_SIZE },
        }),
    }),
    queryClient.prefetchQuery({
      queryKey: queryKeys.recommendationDismissals({ page: params.dismissedPage }),
      queryFn: () =>
        listRecommendationDismissals(getPrisma(), {
          ctx,
          input: { page: params.dismissedPage, pageSize: DISMISSALS_PAGE_SIZE },
        }),
    }),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <RecommendationsClient />
    </HydrationBoundary>
  );
}
