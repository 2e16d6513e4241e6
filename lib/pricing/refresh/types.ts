import type { Dec } from "../decimal";
import type { IsoDay, PriceComponent, PriceTier, PriceUnit, Provider, TierMode } from "../types";

/** One price read from a provider's API, normalised to our units and products. */
export interface ImportedPrice {
  provider: Provider;
  region: string;
  product: string;
  component: PriceComponent;
  unit: PriceUnit;
  currency: string;
  tierMode: TierMode;
  unitPrice: Dec | null;
  includedQuantity: Dec;
  tiers: PriceTier[];
  /** The provider's record: offer SKU, meterId, skuId. */
  sku: string | null;
  description: string | null;
  /** The provider's own effective date for the price, when it states one. */
  providerEffectiveDate: IsoDay | null;
  /**
   * The record's name is exactly the product's canonical one (GCP: "Standard Storage Iowa"), not
   * just a pattern match. Decides between two records that give the same product a price.
   */
  exactMatch?: boolean;
}

export interface ImportResult {
  prices: ImportedPrice[];
  /** Records of a product Tierscope prices that were skipped, and why: never silently dropped. */
  warnings: string[];
  /** Provider records read. */
  recordsRead: number;
  /** Records that became (part of) a price. */
  recordsMatched: number;
  /** Records of no product Tierscope prices, counted by the reason they were left out. */
  unmatched: Record<string, number>;
  /** The provider's publication: AWS offer version, GCP effective time. */
  version: string | null;
  /** What was read: URLs or file names. */
  sources: string[];
}

export function emptyResult(): ImportResult {
  return {
    prices: [],
    warnings: [],
    recordsRead: 0,
    recordsMatched: 0,
    unmatched: {},
    version: null,
    sources: [],
  };
}

/** Counts one record left out because it is not a product Tierscope prices, under its reason. */
export function countUnmatched(result: ImportResult, reason: string): void {
  result.unmatched[reason] = (result.unmatched[reason] ?? 0) + 1;
}

export function mergeResults(results: ImportResult[]): ImportResult {
  return {
    prices: results.flatMap((r) => r.prices),
    warnings: results.flatMap((r) => r.warnings),
    recordsRead: results.reduce((sum, r) => sum + r.recordsRead, 0),
    recordsMatched: results.reduce((sum, r) => sum + r.recordsMatched, 0),
    unmatched: results.reduce<Record<string, number>>((all, r) => {
      for (const [reason, count] of Object.entries(r.unmatched)) all[reason] = (all[reason] ?? 0) + count;
      return all;
    }, {}),
    version:
      results
        .map((r) => r.version)
        .filter(Boolean)
        .join(", ") || null,
    sources: results.flatMap((r) => r.sources),
  };
}

/** A `fetch` as the global one: injected so tests serve recorded responses. */
export type FetchFn = (url: string, init?: RequestInit) => Promise<Response>;
