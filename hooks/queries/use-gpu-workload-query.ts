"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { CostWindow } from "@/lib/costing/cost-window";
import { queryKeys } from "@/lib/query-keys";
import type { GpuWorkloadDetail } from "@/lib/services/gpu/get-gpu-workload";
import { type GpuWorkloadRef, gpuApiSearch } from "@/lib/services/gpu/gpu-efficiency-page-params";

export function useGpuWorkloadQuery(query: { window: CostWindow; workload: GpuWorkloadRef | null }) {
  return useQuery({
    queryKey: queryKeys.gpuWorkload(query),
    enabled: query.workload !== null,
    queryFn: async (): Promise<GpuWorkloadDetail> => {
      const response = await fetch(
        `/api/v1/gpu-idle/workload?${gpuApiSearch(query.window, { ...query.workload })}`,
      );
      if (!response.ok) {
        const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(payload?.error?.message ?? `GET /api/v1/gpu-idle/workload: ${response.status}`);
      }
      return response.json();
    },
    placeholderData: keepPreviousData,
  });
}
