"use client";
import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { MoneyOverview } from "@/lib/services/overview/get-money-overview";
import { apiGet } from "./api-request";

export function useMoneyOverviewQuery() {
  return useQuery({
    queryKey: queryKeys.moneyOverview(),
    queryFn: () => apiGet<MoneyOverview>("/api/v1/overview/money", {}),
  });
}
