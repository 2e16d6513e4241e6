import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { pageContext } from "@/lib/api/page-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { getFleetOverview } from "@/lib/services/overview/get-fleet-overview";
import { OverviewClient } from "./overview-client";

// The template in the root layout does not reach a page of its own segment: spelt out here.
export const metadata: Metadata = { title: { absolute: "Overview · Tierscope" } };

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
