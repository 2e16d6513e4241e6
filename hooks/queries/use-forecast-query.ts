"use client";
import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { TForecastQuery } from "@/lib/services/forecasts/forecast-params";
import type { ForecastResult } from "@/lib/services/forecasts/get-forecast";
import { fetchApi } from "./use-showback-query";

/** GET /api/v1/forecast: the page shows what the API answers. */
export function useForecastQuery(params: TForecastQuery) {
  return useQuery({
    queryKey: queryKeys.forecast(params),
    queryFn: () => fetchApi<ForecastResult>("/api/v1/forecast", params),
  });
}
