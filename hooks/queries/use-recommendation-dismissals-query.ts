"use client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { RecommendationDismissal } from "@/lib/services/recommendations/dismiss-recommendation";
import type { RecommendationDismissalsPage } from "@/lib/services/recommendations/list-recommendation-dismissals";
import { apiRequest } from "./api-request";

export function useRecommendationDismissalsQuery(params: { page: number }) {
  return useQuery({
    queryKey: queryKeys.recommendationDismissals(params),
    queryFn: () =>
      apiRequest<RecommendationDismissalsPage>(
        "GET",
        `/api/v1/recommendations/dismissals?page=${params.page}`,
      ),
    placeholderData: keepPreviousData,
  });
}

/** Dismiss (with a reason) or restore a recommendation; both refresh the lists. */
export function useRecommendationDismissalMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["recommendations"] });
  const dismiss = useMutation({
    mutationFn: (input: { rule: string; subjectKey: string; reason: string }) =>
      apiRequest<RecommendationDismissal>("POST", "/api/v1/recommendations/dismissals", input),
    onSuccess: refresh,
  });
  const restore = useMutation({
    mutationFn: (id: string) => apiRequest<null>("DELETE", `/api/v1/recommendations/dismissals/${id}`),
    onSuccess: refresh,
  });
  return { dismiss, restore };
}
