"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { WithClosedMonths } from "@/lib/costing/closed-months";
import { queryKeys } from "@/lib/query-keys";
import type { CostFactsResult, TCostFactsInput } from "@/lib/services/showback/list-cost-facts";
import { apiGet } from "./api-request";

export function useFactsQuery(params: TCostFactsInput) {
  return useQuery({
    queryKey: queryKeys.costFacts(params),
    queryFn: () => apiGet<WithClosedMonths<CostFactsResult>>("/api/v1/costs/facts", params),
    placeholderData: keepPreviousData,
  });
}
