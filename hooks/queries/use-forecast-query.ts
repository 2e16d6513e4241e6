"use client";
import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import type { TForecastQuery } from "@/lib/services/forecasts/forecast-params";
import type { ForecastResult } from "@/lib/services/forecasts/get-forecast";
import { apiGet } from "./api-request";

/** GET /api/v1/forecast: the page shows what the API answers. */
export function useForecastQuery(params: TForecastQuery) {
  return useQuery({
    queryKey: queryKeys.forecast(params),
    queryFn: () => apiGet<ForecastResult>("/api/v1/forecast", params),
  });
}
