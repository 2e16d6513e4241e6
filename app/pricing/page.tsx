import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { pageContext } from "@/lib/api/page-context";
import { getPrisma } from "@/lib/db/prisma";
import { makeQueryClient } from "@/lib/make-query-client";
import { queryKeys } from "@/lib/query-keys";
import { getPriceCatalog } from "@/lib/services/pricing/get-price-catalog";
import { getPricingSettings } from "@/lib/services/pricing/get-pricing-settings";
import { getStorageClassPricing } from "@/lib/services/pricing/get-storage-class-pricing";
import { listPriceOverrides } from "@/lib/services/pricing/list-price-overrides";
import { ZPricingParams } from "../../lib/services/pricing/pricing-page-params";
import { PricingClient } from "./pricing-client";

export const metadata: Metadata = { title: "Pricing" };

export default async function PricingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const ctx = await pageContext();
  const params = ZPricingParams.parse(await searchParams);
  const db = getPrisma();
  const now = new Date();
  const queryClient = makeQueryClient();
  await Promise.all([
    queryClient.prefetchQuery({
      queryKey: queryKeys.storageClassPricing(),
      queryFn: () => getStorageClassPricing(db, { ctx, input: { now } }),
    }),
    queryClient.prefetchQuery({
      queryKey: queryKeys.priceCatalog(params),
      queryFn: () =>
        getPriceCatalog(db, {
          ctx,
          input: { provider: params.provider, today: now.toISOString().slice(0, 10) },
        }),
    }),
    queryClient.prefetchQuery({
      queryKey: queryKeys.priceOverrides(),
      queryFn: () => listPriceOverrides(db, { ctx, input: {} }),
    }),
    queryClient.prefetchQuery({
      queryKey: queryKeys.pricingSettings(),
      queryFn: () => getPricingSettings(db, { ctx, input: {} }),
    }),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <PricingClient today={now.toISOString().slice(0, 10)} />
    </HydrationBoundary>
  );
}
