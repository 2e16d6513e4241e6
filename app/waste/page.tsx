import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { WASTE_PAGE_SIZE } from "@/app/api/v1/waste/params";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { getWastePage } from "@/lib/queries/waste/get-waste-page";
import { queryKeys } from "@/lib/query-keys";
import { WasteClient } from "./waste-client";
import { ZWasteParams } from "./waste-params";

export default async function WastePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const params = ZWasteParams.parse(await searchParams);
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.waste(params),
    queryFn: () => getWastePage(getPrisma(), { ...params, now: new Date() }, WASTE_PAGE_SIZE),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <WasteClient />
    </HydrationBoundary>
  );
}
