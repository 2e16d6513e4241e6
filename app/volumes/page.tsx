import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { pageContext } from "@/lib/api/page-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { listVolumes } from "@/lib/services/showback/list-volumes";
import { volumesQuery, ZVolumesSearchParams } from "../../lib/services/showback/volumes-page-params";
import { VolumesClient } from "./volumes-client";

export const metadata: Metadata = { title: "Volumes" };

export default async function VolumesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const query = volumesQuery(ZVolumesSearchParams.parse(await searchParams));
  const ctx = await pageContext();
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.volumes(query),
    queryFn: () => listVolumes(getPrisma(), { ctx, input: query }),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <VolumesClient />
    </HydrationBoundary>
  );
}
