"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { type ReactNode, useState } from "react";
import { CurrencySettingsPanel } from "@/components/pricing/currency-settings-panel";
import { PriceCatalogTable } from "@/components/pricing/price-catalog-table";
import { type OverrideDraft, PriceOverridesPanel } from "@/components/pricing/price-overrides-panel";
import { StorageClassPricingTable } from "@/components/pricing/storage-class-pricing-table";
import {
  usePriceCatalogQuery,
  usePriceOverridesQuery,
  usePricingSettingsQuery,
  useStorageClassPricingQuery,
} from "@/hooks/queries/use-pricing-queries";
import { ZPricingParams } from "../../lib/services/pricing/pricing-page-params";

function Section(props: { title: string; description: string; children: ReactNode; testId: string }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5" data-testid={props.testId}>
      <h2 className="font-medium text-lg">{props.title}</h2>
      <p className="mt-1 text-slate-500 text-sm">{props.description}</p>
      <div className="mt-3">{props.children}</div>
    </section>
  );
}

function Pending({ what, error }: { what: string; error: Error | null }) {
  return error ? (
    <p className="text-red-700 text-sm">
      Could not load {what}: {error.message}
    </p>
  ) : (
    <p className="animate-pulse text-slate-500 text-sm">Loading {what}…</p>
  );
}

export function PricingClient({ today }: { today: string }) {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = ZPricingParams.parse(Object.fromEntries(searchParams));
  const classes = useStorageClassPricingQuery();
  const catalog = usePriceCatalogQuery(params);
  const overrides = usePriceOverridesQuery();
  const settings = usePricingSettingsQuery();
  const [draft, setDraft] = useState<OverrideDraft>({ storageClassName: "", clusterName: "" });

  const setProvider = (provider: string) => {
    const next = new URLSearchParams(searchParams);
    if (provider) next.set("provider", provider);
    else next.delete("provider");
    router.replace(`${pathname}${next.size ? `?${next}` : ""}`, { scroll: false });
  };

  return (
    <div className="space-y-8">
      <header>
        <h1 className="font-semibold text-2xl">Pricing</h1>
        <p className="mt-1 text-slate-500 text-sm">
          Every storage class priced the way its provider bills it: list prices from the catalog, each with
          its source and date, your overrides and discounts, in {settings.data?.displayCurrency ?? "USD"}.
          Prices as of {today}.
        </p>
      </header>

      <Section
        testId="section-storage-classes"
        title="Storage classes in the fleet"
        description="What each class resolves to, with the unit price and source of every component. Unpriced means no price is known: never $0."
      >
        {classes.data ? (
          classes.data.storageClasses.length === 0 ? (
            <p className="text-slate-500 text-sm">
              No storage classes yet. Import a cluster, or run tierscope demo.
            </p>
          ) : (
            <StorageClassPricingTable
              rows={classes.data.storageClasses}
              onOverride={(row) =>
                setDraft({ storageClassName: row.storageClassName ?? "", clusterName: row.clusterName })
              }
            />
          )
        ) : (
          <Pending what="storage classes" error={classes.error} />
        )}
      </Section>

      <div className="grid grid-cols-1 gap-8 xl:grid-cols-3">
        <div className="xl:col-span-2">
          <Section
            testId="section-overrides"
            title="Overrides and discounts"
            description="A price per storage class (on-prem arrays, Portworx, NetApp, Pure, JuiceFS) replaces the catalog; a discount applies to a provider's or product's list prices."
          >
            {overrides.data ? (
              <PriceOverridesPanel overrides={overrides.data} draft={draft} setDraft={setDraft} />
            ) : (
              <Pending what="overrides" error={overrides.error} />
            )}
          </Section>
        </div>
        <Section
          testId="section-currency"
          title="Currency"
          description="Amounts are converted at the rate in force on the day priced."
        >
          {settings.data ? (
            <CurrencySettingsPanel
              key={settings.data.displayCurrency}
              settings={settings.data}
              today={today}
            />
          ) : (
            <Pending what="currency settings" error={settings.error} />
          )}
        </Section>
      </div>

      <Section
        testId="section-catalog"
        title="Price catalog"
        description="List prices in force today. Refresh them with tierscope prices refresh --provider aws|azure|gcp."
      >
        <label className="text-slate-600 text-sm">
          Provider{" "}
          <select
            className="rounded border border-slate-300 px-2 py-1 text-sm"
            value={params.provider ?? ""}
            onChange={(e) => setProvider(e.target.value)}
            data-testid="catalog-provider"
          >
            <option value="">All</option>
            <option value="aws">AWS</option>
            <option value="azure">Azure</option>
            <option value="gcp">GCP</option>
          </select>
        </label>
        {catalog.data ? (
          <>
            {catalog.data.entries.length === 0 ? (
              <p className="mt-3 text-slate-500 text-sm">No prices in the catalog for this filter.</p>
            ) : (
              <PriceCatalogTable entries={catalog.data.entries} />
            )}
            {catalog.data.unpricedProducts.length > 0 ? (
              <p className="mt-4 text-slate-600 text-xs" data-testid="unpriced-products">
                <span className="font-medium">Recognised, not yet priced</span> (no source known; refresh or
                add an override): {catalog.data.unpricedProducts.map((p) => p.label).join(", ")}
              </p>
            ) : null}
          </>
        ) : (
          <Pending what="the catalog" error={catalog.error} />
        )}
      </Section>
    </div>
  );
}
