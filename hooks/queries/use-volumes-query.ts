"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { VolumesParams, VolumesResult } from "@/lib/queries/showback/list-volumes";
import { queryKeys } from "@/lib/query-keys";
import { fetchApi } from "./use-showback-query";

export function useVolumesQuery(params: VolumesParams) {
  return useQuery({
    queryKey: queryKeys.volumes(params),
    queryFn: () => fetchApi<VolumesResult>("/api/v1/volumes", params),
    placeholderData: keepPreviousData,
  });
}
