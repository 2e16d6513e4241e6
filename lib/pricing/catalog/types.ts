import type { IsoDay, PriceComponent, PriceUnit, Provider } from "../types";

/** One tier of a bundled price: graduated tiers carry a rate, size-step tiers a whole-tier price. */
export interface BundledTier {
  /** Upper bound (inclusive) in the entry's quantity unit; null: unbounded. */
  upTo: string | null;
  label?: string;
  /** graduated: per-unit rate of the slice; size_step: price of one disk of the tier. null: unknown. */
  price: string | null;
  /** The citation for this tier's price, when tiers come from different sources. */
  source?: string;
}

/**
 * One price as the bundled catalog states it. Prices are decimal strings, exactly as the source
 * publishes them (after unit normalisation, stated in `note`). A product the catalog cannot price
 * has no entry here at all: it is listed in products.ts and stays unpriced until a refresh or an
 * override supplies a price.
 */
export interface BundledPrice {
  source: string;
  provider: Provider;
  region: string;
  product: string;
  component: PriceComponent;
  unit: PriceUnit;
  currency?: string;
  /** flat entries */
  price?: string;
  tierMode?: "graduated" | "size_step";
  tiers?: BundledTier[];
  included?: string;
  sku?: string;
  note?: string;
  effectiveFrom?: IsoDay;
}
