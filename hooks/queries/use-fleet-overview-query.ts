"use client";
import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { FleetOverview } from "@/lib/services/overview/get-fleet-overview";
import { apiGet } from "./api-request";

export function useFleetOverviewQuery() {
  return useQuery({
    queryKey: queryKeys.overview(),
    queryFn: () => apiGet<FleetOverview>("/api/v1/overview"),
  });
}
