import { exchangeRate } from "../../pricing/currency";
import { Dec } from "../../pricing/decimal";
import { discountFor, unitPriceOverrides } from "../../pricing/overrides";
import { catalogKey, explainNoPrice, selectPriceInForce } from "../../pricing/select-price";
import { priceQuantity } from "../../pricing/tiers";
import type { PriceComponent, PriceUnit } from "../../pricing/types";
import { bytesToQuantity, periodsPerMonth, UNIT_LABEL } from "../../pricing/units";
import { isoDay, type WasteContext } from "./context";
import type { WasteCost } from "./finding";
import type { WasteInventory } from "./inventory";
import { resolveVolume } from "./price-volume-monthly";
import type { SnapshotBilledSize } from "./snapshot-billed-size";

const STORAGE_UNITS = new Set<PriceUnit>(["GiB_month", "GB_month", "GiB_hour"]);

export interface SnapshotSource {
  /** The CSI driver that cut the snapshot (the content's `driver`). */
  driver: string | null;
  /** The source volume's StorageClass and location, when Tierscope knows them. */
  storageClassName: string | null;
  region: string | null;
  zone: string | null;
  /** "standard" or "archive" (tierscope.io/storage-tier). */
  storageTier: string;
}

/**
 * What one snapshot costs per month: its billed size (never its restore size) at the snapshot
 * price of its volume's provider and region — the snapshot product the source's StorageClass
 * resolves to (EBS snapshots, Azure disk snapshots, PD snapshots), less any negotiated discount, in
 * the display currency. A size from the change-rate model makes the cost an estimate.
 */
export function priceSnapshotMonthly(
  inventory: WasteInventory,
  context: WasteContext,
  size: SnapshotBilledSize,
  source: SnapshotSource,
): WasteCost {
  const currency = context.pricing.displayCurrency;
  const unpriced = (why: string): WasteCost => ({
    status: "unpriced",
    monthlyCost: null,
    currency,
    basis: why,
  });
  if (size.bytes === null) return unpriced(size.basis);
  const component: PriceComponent =
    source.storageTier === "archive" ? "snapshot_archive" : "snapshot_standard";
  const day = isoDay(context.now);
  const override = unitPriceOverrides(
    context.pricing.overrides,
    { clusterId: inventory.cluster.id, storageClassName: source.storageClassName },
    day,
  ).get(component);
  const resolution = resolveVolume(inventory, {
    storageClassName: source.storageClassName,
    volumeAttributesClassName: null,
    capacityBytes: size.bytes,
    csiDriver: source.driver,
    region: source.region,
    zone: source.zone,
  });

  let unit: PriceUnit;
  let listCurrency: string;
  let monthly: Dec;
  let label: string;
  if (override?.unitPrice) {
    unit = override.unit ?? "GiB_month";
    const periods = periodsPerMonth(unit);
    if (!STORAGE_UNITS.has(unit) || !periods)
      return unpriced(`the override's unit ${unit} is not per stored GiB`);
    monthly = bytesToQuantity(size.bytes, unit).times(override.unitPrice).times(periods);
    listCurrency = override.currency ?? "USD";
    label = `override ${override.unitPrice.toFixed()} ${listCurrency}/${UNIT_LABEL[unit]}`;
  } else {
    if (resolution.kind !== "product" || !resolution.snapshotProduct) {
      const why =
        resolution.kind === "product" ? `${resolution.label} has no snapshot product` : resolution.reason;
      return unpriced(`no snapshot price: ${why}`);
    }
    const key = catalogKey({ ...resolution, product: resolution.snapshotProduct, component });
    const candidates = context.pricing.catalog.filter((entry) => catalogKey(entry) === key);
    const entry = selectPriceInForce(candidates, day);
    if (!entry) {
      return unpriced(
        `no ${component} price for ${resolution.snapshotProduct} in ${resolution.region}: ${explainNoPrice(candidates, day)}`,
      );
    }
    unit = entry.unit;
    const periods = periodsPerMonth(unit);
    if (!STORAGE_UNITS.has(unit) || !periods)
      return unpriced(`a snapshot price per ${unit} is not a monthly charge`);
    const result = priceQuantity(entry, bytesToQuantity(size.bytes, unit));
    if (!result.ok) return unpriced(result.reason);
    monthly = result.amount.times(periods);
    const discount = discountFor(
      context.pricing.overrides,
      { clusterId: inventory.cluster.id, provider: resolution.provider, product: resolution.snapshotProduct },
      day,
    );
    if (discount?.discountPercent)
      monthly = monthly.times(new Dec(100).minus(discount.discountPercent)).div(100);
    listCurrency = entry.currency;
    label = `${entry.unitPrice?.toFixed() ?? "tiered"} ${listCurrency}/${UNIT_LABEL[unit]} (${resolution.snapshotProduct})`;
    if (discount?.discountPercent) label += ` less ${discount.discountPercent.toFixed()} %`;
  }
  const rate = exchangeRate(context.pricing.exchangeRates, listCurrency, currency, day);
  if (!rate) return unpriced(`no exchange rate ${listCurrency}→${currency} on ${day}`);
  return {
    status: size.estimated ? "estimated" : "priced",
    monthlyCost: monthly.times(rate),
    currency,
    basis: `${size.basis}, at ${label}`,
  };
}
