"use client";
import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { FleetOverview } from "@/lib/services/overview/get-fleet-overview";

async function fetchOverview(): Promise<FleetOverview> {
  const response = await fetch("/api/v1/overview");
  if (!response.ok) throw new Error(`GET /api/v1/overview: ${response.status}`);
  return response.json();
}

export function useFleetOverviewQuery() {
  return useQuery({ queryKey: queryKeys.overview(), queryFn: fetchOverview });
}
