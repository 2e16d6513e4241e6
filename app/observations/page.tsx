import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { ConnectACluster } from "@/components/observations/connect-a-cluster";
import { pageContext } from "@/lib/api/page-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { getObservations } from "@/lib/services/observations/get-observations";
import { ZObservationsParams } from "@/lib/services/observations/observations-params";
import { ObservationsClient } from "./observations-client";

export const metadata: Metadata = { title: "Imports" };

export default async function ObservationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const ctx = await pageContext();
  const params = ZObservationsParams.parse(await searchParams);
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.observations(params),
    queryFn: () => getObservations(getPrisma(), { ctx, input: params }),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ObservationsClient connect={<ConnectACluster />} />
    </HydrationBoundary>
  );
}
