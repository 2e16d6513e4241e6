"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { WithClosedMonths } from "@/lib/costing/closed-months";
import type { ChargebackReport } from "@/lib/costing/reports/chargeback-report";
import { queryKeys } from "@/lib/query-keys";
import { apiGet } from "./api-request";

/** A month's chargeback as JSON; `query` null (an open month not asked for as preliminary) fetches nothing. */
export function useChargebackReportQuery(query: { month: string; by: string; preliminary: string } | null) {
  return useQuery({
    queryKey: queryKeys.chargebackReport(query ?? {}),
    queryFn: () => {
      const { month, ...rest } = query as { month: string; by: string; preliminary: string };
      return apiGet<WithClosedMonths<ChargebackReport>>(`/api/v1/reports/${month}`, {
        ...rest,
        format: "json",
      });
    },
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
