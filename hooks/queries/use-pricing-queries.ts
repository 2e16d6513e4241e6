"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { csrfHeader } from "@/lib/api/csrf-header";
import { queryKeys } from "@/lib/query-keys";
import type { TCreatePriceOverride } from "@/lib/services/pricing/create-price-override";
import type { PriceCatalog } from "@/lib/services/pricing/get-price-catalog";
import type { PricingSettings } from "@/lib/services/pricing/get-pricing-settings";
import type { StorageClassPricingResult } from "@/lib/services/pricing/get-storage-class-pricing";
import type { PriceOverrideDto } from "@/lib/services/pricing/list-price-overrides";
import type { TUpdatePricingSettings } from "@/lib/services/pricing/update-pricing-settings";

// The Pricing page's resource: catalog, storage-class resolutions, overrides and currency settings.

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: { ...csrfHeader(), ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(payload?.error?.message ?? `${method} ${url}: ${response.status}`);
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export function usePriceCatalogQuery(params: { provider?: string }) {
  return useQuery({
    queryKey: queryKeys.priceCatalog(params),
    queryFn: () =>
      request<PriceCatalog>(
        "GET",
        `/api/v1/pricing/catalog?${new URLSearchParams(params.provider ? { provider: params.provider } : {})}`,
      ),
  });
}

export function useStorageClassPricingQuery() {
  return useQuery({
    queryKey: queryKeys.storageClassPricing(),
    queryFn: () => request<StorageClassPricingResult>("GET", "/api/v1/pricing/storage-classes"),
  });
}

export function usePriceOverridesQuery() {
  return useQuery({
    queryKey: queryKeys.priceOverrides(),
    queryFn: () => request<PriceOverrideDto[]>("GET", "/api/v1/pricing/overrides"),
  });
}

export function usePricingSettingsQuery() {
  return useQuery({
    queryKey: queryKeys.pricingSettings(),
    queryFn: () => request<PricingSettings>("GET", "/api/v1/pricing/settings"),
  });
}

/** Any change to overrides or currency reprices every storage class: refetch them all (and Settings). */
function useInvalidatePricing() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ["pricing"] }),
      client.invalidateQueries({ queryKey: queryKeys.settings() }),
    ]);
}

export function useCreatePriceOverride() {
  const invalidate = useInvalidatePricing();
  return useMutation({
    mutationFn: (input: TCreatePriceOverride) =>
      request<PriceOverrideDto>("POST", "/api/v1/pricing/overrides", input),
    onSuccess: invalidate,
  });
}

export function useDeletePriceOverride() {
  const invalidate = useInvalidatePricing();
  return useMutation({
    mutationFn: (id: string) => request<void>("DELETE", `/api/v1/pricing/overrides/${id}`),
    onSuccess: invalidate,
  });
}

export function useUpdatePricingSettings() {
  const invalidate = useInvalidatePricing();
  return useMutation({
    mutationFn: (input: TUpdatePricingSettings) =>
      request<PricingSettings>("PUT", "/api/v1/pricing/settings", input),
    onSuccess: invalidate,
  });
}
