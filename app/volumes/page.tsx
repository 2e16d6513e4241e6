import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { listVolumes } from "@/lib/queries/showback/list-volumes";
import { queryKeys } from "@/lib/query-keys";
import { VolumesClient } from "./volumes-client";
import { volumesQuery, ZVolumesSearchParams } from "./volumes-params";

export default async function VolumesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const query = volumesQuery(ZVolumesSearchParams.parse(await searchParams));
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.volumes(query),
    queryFn: () => listVolumes(getPrisma(), query),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <VolumesClient />
    </HydrationBoundary>
  );
}
