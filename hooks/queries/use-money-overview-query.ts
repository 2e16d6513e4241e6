"use client";
import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { MoneyOverview } from "@/lib/services/overview/get-money-overview";
import { fetchApi } from "./use-showback-query";

export function useMoneyOverviewQuery() {
  return useQuery({
    queryKey: queryKeys.moneyOverview(),
    queryFn: () => fetchApi<MoneyOverview>("/api/v1/overview/money", {}),
  });
}
