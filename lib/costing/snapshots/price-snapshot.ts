import { type ExchangeRateRule, exchangeRate } from "../../pricing/currency";
import { Dec } from "../../pricing/decimal";
import { discountFor, type OverrideRule, unitPriceOverrides } from "../../pricing/overrides";
import { catalogKey, explainNoPrice, selectPriceInForce } from "../../pricing/select-price";
import { priceQuantity } from "../../pricing/tiers";
import type { CatalogPrice, IsoDay, PriceComponent, PriceUnit } from "../../pricing/types";
import { periodsPerMonth } from "../../pricing/units";
import type { SnapshotProduct } from "./snapshot-product";

export type SnapshotComponent = Extract<PriceComponent, "snapshot_standard" | "snapshot_archive">;

export interface SnapshotPricing {
  catalog: CatalogPrice[];
  overrides: OverrideRule[];
  exchangeRates: ExchangeRateRule[];
  displayCurrency: string;
}

export type SnapshotPrice =
  | {
      ok: true;
      unit: PriceUnit;
      /** The list (or overridden) unit price, in `listCurrency`; null for a tiered entry. */
      unitPrice: Dec | null;
      listCurrency: string;
      currency: string;
      exchangeRate: Dec | null;
      discountPercent: Dec | null;
      priceEntryId: string | null;
      priceOverrideId: string | null;
      priceSourceDate: IsoDay | null;
      /** The monthly charge for a quantity in `unit`, after tiers, discount and currency. */
      monthly: (quantity: Dec) => Dec | null;
    }
  | { ok: false; unit: PriceUnit; reason: string };

/**
 * The price of one snapshot component on `day`: a unit-price override for the source volume's
 * StorageClass and component first (on-prem arrays, negotiated rates), else the catalog price of
 * the provider's snapshot product in force that day, less any negotiated discount, converted to the
 * display currency. Anything missing is a reason, never a zero.
 */
export function priceSnapshot(input: {
  product: SnapshotProduct;
  component: SnapshotComponent;
  clusterId: string;
  storageClassName: string | null;
  day: IsoDay;
  pricing: SnapshotPricing;
}): SnapshotPrice {
  const { pricing, day, component } = input;
  const target = pricing.displayCurrency;
  const override = unitPriceOverrides(
    pricing.overrides,
    { clusterId: input.clusterId, storageClassName: input.storageClassName },
    day,
  ).get(component);
  const convert = (listCurrency: string) => exchangeRate(pricing.exchangeRates, listCurrency, target, day);
  if (override) {
    const unit = override.unit ?? "GiB_month";
    const periods = periodsPerMonth(unit);
    const listCurrency = override.currency ?? "USD";
    const rate = convert(listCurrency);
    if (!override.unitPrice || !periods)
      return { ok: false, unit, reason: "the override has no usable monthly price" };
    if (!rate) return { ok: false, unit, reason: `no exchange rate ${listCurrency}→${target} on this day` };
    const price = override.unitPrice;
    return {
      ok: true,
      unit,
      unitPrice: price,
      listCurrency,
      currency: target,
      exchangeRate: listCurrency === target ? null : rate,
      discountPercent: null,
      priceEntryId: null,
      priceOverrideId: override.id,
      priceSourceDate: null,
      monthly: (quantity) => quantity.times(price).times(periods).times(rate),
    };
  }
  const defaultUnit: PriceUnit =
    input.product.kind === "product" && input.product.provider === "azure" ? "GB_month" : "GiB_month";
  if (input.product.kind !== "product") return { ok: false, unit: defaultUnit, reason: input.product.reason };
  const product = input.product;
  const candidates = pricing.catalog.filter(
    (entry) => catalogKey(entry) === catalogKey({ ...product, component }),
  );
  const entry = selectPriceInForce(candidates, day);
  if (!entry) {
    const why = explainNoPrice(candidates, day);
    return {
      ok: false,
      unit: defaultUnit,
      reason: `no ${component} price for ${product.label} in ${product.region}: ${why}; refresh prices or add an override`,
    };
  }
  const periods = periodsPerMonth(entry.unit);
  if (!periods)
    return { ok: false, unit: entry.unit, reason: `a ${entry.unit} price is not a monthly charge` };
  const rate = convert(entry.currency);
  if (!rate)
    return {
      ok: false,
      unit: entry.unit,
      reason: `no exchange rate ${entry.currency}→${target} on this day`,
    };
  const discount = discountFor(
    pricing.overrides,
    { clusterId: input.clusterId, provider: product.provider, product: product.product },
    day,
  );
  const keep = discount?.discountPercent ? new Dec(100).minus(discount.discountPercent).div(100) : new Dec(1);
  return {
    ok: true,
    unit: entry.unit,
    unitPrice: entry.unitPrice,
    listCurrency: entry.currency,
    currency: target,
    exchangeRate: entry.currency === target ? null : rate,
    discountPercent: discount?.discountPercent ?? null,
    priceEntryId: entry.id,
    priceOverrideId: discount?.id ?? null,
    priceSourceDate: entry.source.sourceDate,
    monthly: (quantity) => {
      const priced = priceQuantity(entry, quantity);
      return priced.ok ? priced.amount.times(periods).times(keep).times(rate) : null;
    },
  };
}
