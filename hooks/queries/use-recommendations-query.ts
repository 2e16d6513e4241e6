"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { RecommendationRule } from "@/lib/costing/recommendations/recommendation-rules";
import { queryKeys } from "@/lib/query-keys";
import type { RecommendationsPage } from "@/lib/services/recommendations/get-recommendations-page";
import { recommendationsApiSearch } from "@/lib/services/recommendations/recommendations-page-params";
import { apiRequest } from "./api-request";

export function useRecommendationsQuery(params: {
  cluster?: string;
  rule?: RecommendationRule;
  page: number;
}) {
  return useQuery({
    queryKey: queryKeys.recommendations(params),
    queryFn: () =>
      apiRequest<RecommendationsPage>("GET", `/api/v1/recommendations?${recommendationsApiSearch(params)}`),
    placeholderData: keepPreviousData,
  });
}
