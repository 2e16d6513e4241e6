"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { SnapshotChainDetail } from "@/lib/services/snapshots/get-snapshot-chain";

export interface SnapshotChainQueryParams {
  cluster: string;
  /** The chain's URL key. */
  chain: string;
  page: number;
}

/** GET /api/v1/snapshots/chains/{cluster}/{chainId}: one chain, its timeline and a page of snapshots. */
export function useSnapshotChainQuery(params: SnapshotChainQueryParams) {
  return useQuery({
    queryKey: queryKeys.snapshotChain(params),
    queryFn: async (): Promise<SnapshotChainDetail> => {
      const path = `${encodeURIComponent(params.cluster)}/${encodeURIComponent(params.chain)}`;
      const response = await fetch(`/api/v1/snapshots/chains/${path}?page=${params.page}`);
      if (!response.ok) throw new Error(`GET /api/v1/snapshots/chains/…: ${response.status}`);
      return response.json();
    },
    placeholderData: keepPreviousData,
  });
}
