"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { VolumesResult } from "@/lib/queries/showback/list-volumes";
import { queryKeys } from "@/lib/query-keys";
import type { TVolumesInput } from "@/lib/services/showback/list-volumes";
import { apiGet } from "./api-request";

export function useVolumesQuery(params: TVolumesInput) {
  return useQuery({
    queryKey: queryKeys.volumes(params),
    queryFn: () => apiGet<VolumesResult>("/api/v1/volumes", params),
    placeholderData: keepPreviousData,
  });
}
