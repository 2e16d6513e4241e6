"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { SnapshotChainsResult } from "@/lib/services/snapshots/list-snapshot-chains";
import type { TChainsQuery } from "@/lib/services/snapshots/snapshots-page-params";

/** GET /api/v1/snapshots/chains: one page of snapshot chains. */
export function useSnapshotChainsQuery(params: TChainsQuery) {
  return useQuery({
    queryKey: queryKeys.snapshotChains(params),
    queryFn: async (): Promise<SnapshotChainsResult> => {
      const search = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
      const response = await fetch(`/api/v1/snapshots/chains?${search}`);
      if (!response.ok) throw new Error(`GET /api/v1/snapshots/chains: ${response.status}`);
      return response.json();
    },
    placeholderData: keepPreviousData,
  });
}
