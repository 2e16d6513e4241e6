"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { CostFactsParams, CostFactsResult } from "@/lib/queries/showback/list-cost-facts";
import { queryKeys } from "@/lib/query-keys";
import { fetchApi } from "./use-showback-query";

export function useFactsQuery(params: CostFactsParams) {
  return useQuery({
    queryKey: queryKeys.costFacts(params),
    queryFn: () => fetchApi<CostFactsResult>("/api/v1/costs/facts", params),
    placeholderData: keepPreviousData,
  });
}
