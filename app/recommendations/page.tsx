import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { DISMISSALS_PAGE_SIZE, RECOMMENDATIONS_PAGE_SIZE } from "@/app/api/v1/recommendations/params";
import { pageContext } from "@/app/interim-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { listRecommendationDismissals } from "@/lib/queries/recommendations/list-recommendation-dismissals";
import { queryKeys } from "@/lib/query-keys";
import { getRecommendationsPage } from "@/lib/services/recommendations/get-recommendations-page";
import { RecommendationsClient } from "./recommendations-client";
import { ZRecommendationsParams } from "./recommendations-params";

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
        listRecommendationDismissals(getPrisma(), { page: params.dismissedPage }, DISMISSALS_PAGE_SIZE),
    }),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <RecommendationsClient />
    </HydrationBoundary>
  );
}
