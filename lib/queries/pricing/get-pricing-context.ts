import type { Db } from "../../db/prisma";
import type { ExchangeRateRule } from "../../pricing/currency";
import { dec } from "../../pricing/decimal";
import type { OverrideRule } from "../../pricing/overrides";
import type { CatalogPrice } from "../../pricing/types";
import { entryWithSource, isoDay, toCatalogPrice } from "./price-rows";

export const DISPLAY_CURRENCY_KEY = "pricing.displayCurrency";

export interface PricingContext {
  catalog: CatalogPrice[];
  overrides: OverrideRule[];
  exchangeRates: ExchangeRateRule[];
  displayCurrency: string;
}

/**
 * Everything pure pricing needs, read once: the whole catalog (every version: choosing the price in
 * force on a day is pure code; the catalog is hundreds of rows, not millions), the organisations'
 * overrides and discounts, exchange rates and the display currency (USD until set).
 */
export async function getPricingContext(db: Db, { orgIds }: { orgIds: string[] }): Promise<PricingContext> {
  const [entries, overrides, rates, setting] = await Promise.all([
    db.priceEntry.findMany({ include: entryWithSource }),
    db.priceOverride.findMany({ where: { orgId: { in: orgIds } } }),
    db.exchangeRate.findMany(),
    db.setting.findUnique({ where: { key: DISPLAY_CURRENCY_KEY } }),
  ]);
  return {
    catalog: entries.map(toCatalogPrice),
    overrides: overrides.map(
      (o): OverrideRule => ({
        id: o.id,
        kind: o.kind,
        clusterId: o.clusterId,
        storageClassName: o.storageClassName,
        provider: o.provider,
        product: o.product,
        component: o.component,
        unit: o.unit,
        unitPrice: o.unitPrice === null ? null : dec(o.unitPrice),
        currency: o.currency?.trim() ?? null,
        discountPercent: o.discountPercent === null ? null : dec(o.discountPercent),
        effectiveFrom: isoDay(o.effectiveFrom),
        effectiveTo: o.effectiveTo ? isoDay(o.effectiveTo) : null,
        createdAt: o.createdAt.toISOString(),
        note: o.note,
      }),
    ),
    exchangeRates: rates.map((r) => ({
      baseCurrency: r.baseCurrency.trim(),
      quoteCurrency: r.quoteCurrency.trim(),
      effectiveFrom: isoDay(r.effectiveFrom),
      rate: dec(r.rate),
    })),
    displayCurrency: typeof setting?.value === "string" ? setting.value : "USD",
  };
}
