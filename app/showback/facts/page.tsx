import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { pageContext } from "@/lib/api/page-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { listCostFacts } from "@/lib/services/showback/list-cost-facts";
import { factsQuery, ZFactsSearchParams } from "../../../lib/services/showback/facts-page-params";
import { FactsClient } from "./facts-client";

export const metadata: Metadata = { title: "Cost facts" };

export default async function FactsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const today = new Date().toISOString().slice(0, 10);
  const query = factsQuery(ZFactsSearchParams.parse(await searchParams), today);
  const ctx = await pageContext();
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.costFacts(query),
    queryFn: () => listCostFacts(getPrisma(), { ctx, input: query }),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <FactsClient today={today} />
    </HydrationBoundary>
  );
}
