import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { pageContext } from "@/app/interim-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { getFleetOverview } from "@/lib/services/overview/get-fleet-overview";
import { OverviewClient } from "./overview-client";

export default async function OverviewPage() {
  const ctx = await pageContext();
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.overview(),
    queryFn: () => getFleetOverview(getPrisma(), { ctx, input: { asOf: new Date() } }),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <OverviewClient />
    </HydrationBoundary>
  );
}
