"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { WithClosedMonths } from "@/lib/costing/closed-months";
import { queryKeys } from "@/lib/query-keys";
import type { ShowbackResult, TShowbackInput } from "@/lib/services/showback/get-showback";

/** GET an /api/v1 resource; an error response's `{error:{message}}` becomes the thrown message. */
export async function fetchApi<T>(path: string, params: object): Promise<T> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null) search.set(key, String(value));
  }
  const response = await fetch(`${path}?${search}`);
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `GET ${path}: ${response.status}`);
  }
  return response.json() as Promise<T>;
}

export function useShowbackQuery(params: TShowbackInput) {
  return useQuery({
    queryKey: queryKeys.showback(params),
    queryFn: () => fetchApi<WithClosedMonths<ShowbackResult>>("/api/v1/costs", params),
    placeholderData: keepPreviousData,
  });
}
