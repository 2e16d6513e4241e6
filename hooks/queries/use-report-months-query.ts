"use client";
import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { ReportMonth } from "@/lib/services/reports/list-report-months";
import { fetchApi } from "./use-showback-query";

export function useReportMonthsQuery() {
  return useQuery({
    queryKey: queryKeys.reportMonths(),
    queryFn: () => fetchApi<{ items: ReportMonth[] }>("/api/v1/reports", {}),
  });
}
