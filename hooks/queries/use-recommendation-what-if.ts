"use client";
import { useMutation } from "@tanstack/react-query";
import type { MoveVolumesWhatIfResult } from "@/lib/services/recommendations/get-move-volumes-what-if";
import type { TWhatIfRequest } from "@/lib/services/recommendations/recommendations-params";
import type { ClusterRetentionWhatIf } from "@/lib/services/snapshots/get-retention-what-if";
import { apiRequest } from "./api-request";

export type WhatIfResult = MoveVolumesWhatIfResult | ({ kind: "retention" } & ClusterRetentionWhatIf);

/** The what-if is computed on request (a POST that writes nothing), not cached as a resource. */
export function useRecommendationWhatIf() {
  return useMutation({
    mutationFn: (input: TWhatIfRequest) =>
      apiRequest<WhatIfResult>("POST", "/api/v1/recommendations/what-if", input),
  });
}
