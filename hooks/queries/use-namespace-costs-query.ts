"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { WithClosedMonths } from "@/lib/costing/closed-months";
import { queryKeys } from "@/lib/query-keys";
import type { NamespaceCostsResult } from "@/lib/services/showback/get-namespace-costs";
import { apiGet } from "./api-request";

export interface NamespaceCostsParams {
  cluster: string;
  namespace: string;
  from: string;
  to: string;
  currency?: string;
  page: number;
  pageSize: number;
}

export function useNamespaceCostsQuery(params: NamespaceCostsParams) {
  const { cluster, namespace, ...query } = params;
  return useQuery({
    queryKey: queryKeys.namespaceCosts(params),
    queryFn: () =>
      apiGet<WithClosedMonths<NamespaceCostsResult>>(
        `/api/v1/namespaces/${encodeURIComponent(cluster)}/${encodeURIComponent(namespace)}/costs`,
        query,
      ),
    placeholderData: keepPreviousData,
  });
}
