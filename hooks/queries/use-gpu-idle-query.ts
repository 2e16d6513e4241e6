"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { GpuIdleReport } from "@/lib/services/gpu/get-gpu-idle-report";
import { type GpuIdleQueryParams, gpuApiSearch } from "@/lib/services/gpu/gpu-efficiency-page-params";

export function useGpuIdleQuery(query: GpuIdleQueryParams) {
  return useQuery({
    queryKey: queryKeys.gpuIdle(query),
    queryFn: async (): Promise<GpuIdleReport> => {
      const { window, ...rest } = query;
      const response = await fetch(`/api/v1/gpu-idle?${gpuApiSearch(window, rest)}`);
      if (!response.ok) {
        const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(payload?.error?.message ?? `GET /api/v1/gpu-idle: ${response.status}`);
      }
      return response.json();
    },
    placeholderData: keepPreviousData,
  });
}
