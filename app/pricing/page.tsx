import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { getPriceCatalog } from "@/lib/queries/pricing/get-price-catalog";
import { getPricingSettings } from "@/lib/queries/pricing/get-pricing-settings";
import { getStorageClassPricing } from "@/lib/queries/pricing/get-storage-class-pricing";
import { listPriceOverrides } from "@/lib/queries/pricing/list-price-overrides";
import { queryKeys } from "@/lib/query-keys";
import { PricingClient } from "./pricing-client";
import { ZPricingParams } from "./pricing-params";

export const metadata: Metadata = { title: "Pricing" };

export default async function PricingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const params = ZPricingParams.parse(await searchParams);
  const db = getPrisma();
  const now = new Date();
  const queryClient = makeQueryClient();
  await Promise.all([
    queryClient.prefetchQuery({
      queryKey: queryKeys.storageClassPricing(),
      queryFn: () => getStorageClassPricing(db, { now }),
    }),
    queryClient.prefetchQuery({
      queryKey: queryKeys.priceCatalog(params),
      queryFn: () => getPriceCatalog(db, { provider: params.provider, asOf: now.toISOString().slice(0, 10) }),
    }),
    queryClient.prefetchQuery({
      queryKey: queryKeys.priceOverrides(),
      queryFn: () => listPriceOverrides(db),
    }),
    queryClient.prefetchQuery({
      queryKey: queryKeys.pricingSettings(),
      queryFn: () => getPricingSettings(db),
    }),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <PricingClient today={now.toISOString().slice(0, 10)} />
    </HydrationBoundary>
  );
}
