"use client";
import { useQuery } from "@tanstack/react-query";
import type { ReportMonth } from "@/lib/queries/reports/list-report-months";
import { queryKeys } from "@/lib/query-keys";
import { apiGet } from "./api-request";

export function useReportMonthsQuery() {
  return useQuery({
    queryKey: queryKeys.reportMonths(),
    queryFn: () => apiGet<{ items: ReportMonth[] }>("/api/v1/reports", {}),
  });
}
