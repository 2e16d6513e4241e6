import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { pageContext } from "@/lib/api/page-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { getWastePage } from "@/lib/services/waste/get-waste-page";
import { WASTE_PAGE_SIZE } from "@/lib/services/waste/waste-params";
import { ZWasteParams } from "../../lib/services/waste/waste-page-params";
import { WasteClient } from "./waste-client";

export const metadata: Metadata = { title: "Waste" };

export default async function WastePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const params = ZWasteParams.parse(await searchParams);
  const ctx = await pageContext();
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.waste(params),
    queryFn: () =>
      getWastePage(getPrisma(), { ctx, input: { ...params, now: new Date(), pageSize: WASTE_PAGE_SIZE } }),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <WasteClient />
    </HydrationBoundary>
  );
}
