"use client";
import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { CleanupWorklistResult } from "@/lib/services/worklist/get-cleanup-worklist";
import { apiGet } from "./api-request";

export function useWorklistQuery() {
  return useQuery({
    queryKey: queryKeys.worklist(),
    queryFn: () => apiGet<CleanupWorklistResult>("/api/v1/worklist"),
  });
}
