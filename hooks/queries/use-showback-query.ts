"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { WithClosedMonths } from "@/lib/costing/closed-months";
import { queryKeys } from "@/lib/query-keys";
import type { ShowbackResult, TShowbackInput } from "@/lib/services/showback/get-showback";
import { apiGet } from "./api-request";

export function useShowbackQuery(params: TShowbackInput) {
  return useQuery({
    queryKey: queryKeys.showback(params),
    queryFn: () => apiGet<WithClosedMonths<ShowbackResult>>("/api/v1/costs", params),
    placeholderData: keepPreviousData,
  });
}
