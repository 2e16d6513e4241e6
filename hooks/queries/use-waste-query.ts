"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { WasteRule } from "@/lib/costing/waste/waste-rules";
import { queryKeys } from "@/lib/query-keys";
import type { WastePage } from "@/lib/services/waste/get-waste-page";
import { wasteSearch } from "@/lib/services/waste/waste-page-params";

export function useWasteQuery(params: { cluster?: string; rule?: WasteRule; page: number }) {
  return useQuery({
    queryKey: queryKeys.waste(params),
    queryFn: async (): Promise<WastePage> => {
      const response = await fetch(`/api/v1/waste?${wasteSearch(params)}`);
      if (!response.ok) {
        const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(payload?.error?.message ?? `GET /api/v1/waste: ${response.status}`);
      }
      return response.json();
    },
    placeholderData: keepPreviousData,
  });
}
