"use client";
import { useQuery } from "@tanstack/react-query";
import type { FleetOverview } from "@/lib/queries/overview/get-fleet-overview";
import { queryKeys } from "@/lib/query-keys";
import { apiGet } from "./api-request";

export function useFleetOverviewQuery() {
  return useQuery({
    queryKey: queryKeys.overview(),
    queryFn: () => apiGet<FleetOverview>("/api/v1/overview"),
  });
}
