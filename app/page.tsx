import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { getFleetOverview } from "@/lib/queries/overview/get-fleet-overview";
import { queryKeys } from "@/lib/query-keys";
import { OverviewClient } from "./overview-client";

export default async function OverviewPage() {
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.overview(),
    queryFn: () => getFleetOverview(getPrisma(), { asOf: new Date() }),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <OverviewClient />
    </HydrationBoundary>
  );
}
