"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type {
  ChainRetentionWhatIf,
  ClusterRetentionWhatIf,
} from "@/lib/services/snapshots/get-retention-what-if";
import type { TWhatIfQuery } from "@/lib/services/snapshots/snapshots-page-params";

export type RetentionWhatIfResult = ChainRetentionWhatIf | ClusterRetentionWhatIf;

/** GET /api/v1/snapshots/retention-what-if; not run until a policy is given. */
export function useSnapshotRetentionWhatIfQuery(params: TWhatIfQuery | null) {
  return useQuery({
    queryKey: queryKeys.snapshotRetentionWhatIf(params ?? {}),
    queryFn: async (): Promise<RetentionWhatIfResult> => {
      const search = new URLSearchParams(Object.entries(params ?? {}).map(([k, v]) => [k, String(v)]));
      const response = await fetch(`/api/v1/snapshots/retention-what-if?${search}`);
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(
          body?.error?.message ?? `GET /api/v1/snapshots/retention-what-if: ${response.status}`,
        );
      }
      return response.json();
    },
    enabled: params !== null,
    placeholderData: keepPreviousData,
  });
}
