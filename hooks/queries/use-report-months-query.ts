"use client";
import { useQuery } from "@tanstack/react-query";
import type { ReportMonth } from "@/lib/queries/reports/list-report-months";
import { queryKeys } from "@/lib/query-keys";
import { fetchApi } from "./use-showback-query";

export function useReportMonthsQuery() {
  return useQuery({
    queryKey: queryKeys.reportMonths(),
    queryFn: () => fetchApi<{ items: ReportMonth[] }>("/api/v1/reports", {}),
  });
}
