"use client";
import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { ReportMonth } from "@/lib/services/reports/list-report-months";
import { apiGet } from "./api-request";

export function useReportMonthsQuery() {
  return useQuery({
    queryKey: queryKeys.reportMonths(),
    queryFn: () => apiGet<{ items: ReportMonth[] }>("/api/v1/reports", {}),
  });
}
