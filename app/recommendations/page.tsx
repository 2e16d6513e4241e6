import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { DISMISSALS_PAGE_SIZE, RECOMMENDATIONS_PAGE_SIZE } from "@/app/api/v1/recommendations/params";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { getRecommendationsPage } from "@/lib/queries/recommendations/get-recommendations-page";
import { listRecommendationDismissals } from "@/lib/queries/recommendations/list-recommendation-dismissals";
import { queryKeys } from "@/lib/query-keys";
import { RecommendationsClient } from "./recommendations-client";
import { ZRecommendationsParams } from "./recommendations-params";

export default async function RecommendationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const params = ZRecommendationsParams.parse(await searchParams);
  const list = { cluster: params.cluster, rule: params.rule, page: params.page };
  const queryClient = makeQueryClient();
  await Promise.all([
    queryClient.prefetchQuery({
      queryKey: queryKeys.recommendations(list),
      queryFn: () =>
        getRecommendationsPage(getPrisma(), { ...list, now: new Date() }, RECOMMENDATIONS_PAGE_SIZE),
    }),
    queryClient.prefetchQuery({
      queryKey: queryKeys.recommendationDismissals({ page: params.dismissedPage }),
      queryFn: () =>
        listRecommendationDismissals(getPrisma(), { page: params.dismissedPage }, DISMISSALS_PAGE_SIZE),
    }),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <RecommendationsClient />
    </HydrationBoundary>
  );
}
