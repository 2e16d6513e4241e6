import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { listCostFacts } from "@/lib/queries/showback/list-cost-facts";
import { queryKeys } from "@/lib/query-keys";
import { FactsClient } from "./facts-client";
import { factsQuery, ZFactsSearchParams } from "./facts-params";

export default async function FactsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const today = new Date().toISOString().slice(0, 10);
  const query = factsQuery(ZFactsSearchParams.parse(await searchParams), today);
  const queryClient = makeQueryClient();
  await queryClient.prefetchQuery({
    queryKey: queryKeys.costFacts(query),
    queryFn: () => listCostFacts(getPrisma(), query),
  });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <FactsClient today={today} />
    </HydrationBoundary>
  );
}
