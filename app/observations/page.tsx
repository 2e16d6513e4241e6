import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { getObservationsPage } from "@/lib/queries/observations/get-observations-page";
import { queryKeys } from "@/lib/query-keys";
import { OBSERVATIONS_PAGE_SIZE, ZObservationsParams } from "@/lib/services/observations/observations-params";
import { ObservationsClient } from "./observations-client";

export default async function ObservationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const params = ZObservationsParams.parse(await searchParams);
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.observations(params),
    queryFn: () => getObservationsPage(getPrisma(), params, OBSERVATIONS_PAGE_SIZE),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ObservationsClient />
    </HydrationBoundary>
  );
}
