"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { TVolumesInput, VolumesResult } from "@/lib/services/showback/list-volumes";
import { apiGet } from "./api-request";

export function useVolumesQuery(params: TVolumesInput) {
  return useQuery({
    queryKey: queryKeys.volumes(params),
    queryFn: () => apiGet<VolumesResult>("/api/v1/volumes", params),
    placeholderData: keepPreviousData,
  });
}
