import { Dec } from "./decimal";
import type { IsoDay } from "./types";

export interface ExchangeRateRule {
  baseCurrency: string;
  quoteCurrency: string;
  effectiveFrom: IsoDay;
  /** 1 base = rate quote */
  rate: Dec;
}

/**
 * The rate that turns `from` into `to` on `day`: the latest rate in force, stated either way round
 * (an inverse rate is exact in decimal arithmetic to 40 digits). Null when no rate is known.
 */
export function exchangeRate(rates: ExchangeRateRule[], from: string, to: string, day: IsoDay): Dec | null {
  if (from === to) return new Dec(1);
  const inForce = rates
    .filter((r) => r.effectiveFrom <= day)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  for (const rate of inForce) {
    if (rate.baseCurrency === from && rate.quoteCurrency === to) return rate.rate;
    if (rate.baseCurrency === to && rate.quoteCurrency === from && !rate.rate.isZero())
      return new Dec(1).div(rate.rate);
  }
  return null;
}
