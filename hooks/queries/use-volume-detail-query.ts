"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { WithClosedMonths } from "@/lib/costing/closed-months";
import { queryKeys } from "@/lib/query-keys";
import type { VolumeDetailResult } from "@/lib/services/showback/get-volume-detail";
import { apiGet } from "./api-request";

export interface VolumeDetailParams {
  cluster: string;
  uid: string;
  from: string;
  to: string;
  currency?: string;
}

export function useVolumeDetailQuery(params: VolumeDetailParams) {
  const { cluster, uid, ...query } = params;
  return useQuery({
    queryKey: queryKeys.volumeDetail(params),
    queryFn: () =>
      apiGet<WithClosedMonths<VolumeDetailResult>>(
        `/api/v1/volumes/${encodeURIComponent(cluster)}/${encodeURIComponent(uid)}`,
        query,
      ),
    placeholderData: keepPreviousData,
  });
}
