import type { ExchangeRateRule } from "../../pricing/currency";
import type { OverrideRule } from "../../pricing/overrides";
import type { CatalogPrice } from "../../pricing/types";
import type { WasteThresholds } from "./thresholds";

/** The prices waste is valued at: the catalog, overrides and discounts, and the display currency. */
export interface WastePricing {
  catalog: CatalogPrice[];
  overrides: OverrideRule[];
  exchangeRates: ExchangeRateRule[];
  displayCurrency: string;
}

/** Everything a rule needs besides the inventory: the clock, the thresholds and the prices. */
export interface WasteContext {
  now: Date;
  thresholds: WasteThresholds;
  pricing: WastePricing;
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
