"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { ObservationsPage } from "@/lib/services/observations/get-observations";

export function useObservationsQuery(params: { cluster?: string; page: number }) {
  return useQuery({
    queryKey: queryKeys.observations(params),
    queryFn: async (): Promise<ObservationsPage> => {
      const search = new URLSearchParams({
        page: String(params.page),
        ...(params.cluster ? { cluster: params.cluster } : {}),
      });
      const response = await fetch(`/api/v1/observations?${search}`);
      if (!response.ok) throw new Error(`GET /api/v1/observations: ${response.status}`);
      return response.json();
    },
    placeholderData: keepPreviousData,
  });
}
