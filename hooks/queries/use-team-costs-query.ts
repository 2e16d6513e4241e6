"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { WithClosedMonths } from "@/lib/costing/closed-months";
import { queryKeys } from "@/lib/query-keys";
import type { TeamCostsResult } from "@/lib/services/showback/get-team-costs";
import { apiGet } from "./api-request";

export interface TeamCostsParams {
  slug: string;
  from: string;
  to: string;
  currency?: string;
  page: number;
  pageSize: number;
}

export function useTeamCostsQuery(params: TeamCostsParams) {
  const { slug, ...query } = params;
  return useQuery({
    queryKey: queryKeys.teamCosts(params),
    queryFn: () =>
      apiGet<WithClosedMonths<TeamCostsResult>>(`/api/v1/teams/${encodeURIComponent(slug)}/costs`, query),
    placeholderData: keepPreviousData,
  });
}
