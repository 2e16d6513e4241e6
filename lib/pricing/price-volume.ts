import { type ExchangeRateRule, exchangeRate } from "./currency";
import { type Dec, sum, ZERO } from "./decimal";
import { type OverrideRule, unitPriceOverrides } from "./overrides";
import { priceCatalogComponent } from "./price-component";
import { productInfo } from "./products";
import type { Resolution } from "./resolve/types";
import type { TierSlice } from "./tiers";
import type { CatalogPrice, IsoDay, PriceComponent, PriceSourceInfo, PriceUnit } from "./types";
import { bytesToQuantity, periodsPerMonth } from "./units";

export type PriceStatus = "priced" | "estimated" | "unpriced" | "included";

export interface PricedComponent {
  component: PriceComponent;
  status: PriceStatus;
  /** The requirement in the quantity unit (GiB, IOPS, MiB/s…); null when unknown. */
  quantity: Dec | null;
  quantityUnit: string;
  includedQuantity: Dec;
  unit: PriceUnit | null;
  /** List unit price (flat), or the tier price of a size-step product; null for graduated tiers. */
  unitPrice: Dec | null;
  slices: TierSlice[];
  tierLabel: string | null;
  discountPercent: Dec | null;
  /** Per month, in `currency` (the display currency once converted). */
  monthlyCost: Dec | null;
  currency: string;
  /** The price's own currency, when converted for display. */
  listCurrency: string | null;
  exchangeRate: Dec | null;
  reason: string | null;
  priceId: string | null;
  overrideId: string | null;
  source: PriceSourceInfo | null;
}

export interface PricedVolume {
  status: PriceStatus;
  label: string;
  provider: string | null;
  region: string | null;
  product: string | null;
  monthlyCost: Dec | null;
  currency: string;
  reason: string | null;
  notes: string[];
  components: PricedComponent[];
}

export interface PriceVolumeInput {
  resolution: Resolution;
  storageClassName: string | null;
  clusterId: string;
  capacityBytes: bigint;
  /** Bytes actually stored, for usage-billed products; unknown makes their price an estimate. */
  storedBytes?: bigint | null;
  day: IsoDay;
  catalog: CatalogPrice[];
  overrides?: OverrideRule[];
  displayCurrency?: string;
  exchangeRates?: ExchangeRateRule[];
}

const QUANTITY_UNIT: Partial<Record<PriceComponent, string>> = { capacity: "GiB", iops: "IOPS" };

/** The monthly list price of one volume, component by component, with every figure's provenance. */
export function priceVolume(input: PriceVolumeInput): PricedVolume {
  const { resolution } = input;
  const currency = input.displayCurrency ?? "USD";
  const overrides = unitPriceOverrides(
    input.overrides ?? [],
    { clusterId: input.clusterId, storageClassName: input.storageClassName },
    input.day,
  );
  const base = {
    label: resolution.label,
    provider: resolution.kind === "product" ? resolution.provider : null,
    region: resolution.kind === "product" ? resolution.region : null,
    product: resolution.kind === "product" ? resolution.product : null,
    notes: resolution.notes,
    currency,
  };
  if (resolution.kind === "included" && overrides.size === 0) {
    return { ...base, status: "included", monthlyCost: ZERO, reason: resolution.reason, components: [] };
  }
  if (resolution.kind !== "product") {
    const capacity = overrides.get("capacity");
    if (!capacity)
      return { ...base, status: "unpriced", monthlyCost: null, reason: resolution.reason, components: [] };
    const component = overridden(capacity, capacityQuantity(input, capacity.unit ?? "GiB_month"), "capacity");
    return finish(input, base, [component]);
  }
  const info = productInfo(resolution.product);
  const components = (info?.components ?? ["capacity"]).map((component) => {
    const rule = overrides.get(component);
    if (rule) {
      const quantity =
        component === "capacity"
          ? capacityQuantity(input, rule.unit ?? "GiB_month")
          : performance(resolution, component);
      return overridden(rule, quantity, component);
    }
    return priceCatalogComponent(input, resolution, component);
  });
  return finish(input, base, components);
}

function performance(resolution: Resolution, component: PriceComponent): Dec | null {
  if (resolution.kind !== "product") return null;
  const perf =
    component === "iops" ? resolution.iops : component === "throughput" ? resolution.throughput : undefined;
  return perf?.value ?? null;
}

function capacityQuantity(input: PriceVolumeInput, unit: PriceUnit): Dec {
  const bytes = input.storedBytes ?? input.capacityBytes;
  return bytesToQuantity(bytes, unit);
}

function overridden(rule: OverrideRule, quantity: Dec | null, component: PriceComponent): PricedComponent {
  const unit = rule.unit ?? "GiB_month";
  const periods = periodsPerMonth(unit);
  const price = rule.unitPrice;
  const monthly = quantity && price && periods ? quantity.times(price).times(periods) : null;
  return {
    component,
    status: monthly ? "priced" : "unpriced",
    quantity,
    quantityUnit: unit === "TB_year" ? "TB" : (QUANTITY_UNIT[component] ?? unit),
    includedQuantity: ZERO,
    unit,
    unitPrice: price,
    slices: [],
    tierLabel: null,
    discountPercent: null,
    monthlyCost: monthly,
    currency: rule.currency ?? "USD",
    listCurrency: null,
    exchangeRate: null,
    reason: monthly
      ? `override: ${rule.note ?? "price per StorageClass"}`
      : "the override has no usable price",
    priceId: null,
    overrideId: rule.id,
    source: null,
  };
}

/** Converts every component to the display currency and adds them up; any unknown makes the total unknown. */
function finish(
  input: PriceVolumeInput,
  base: Omit<PricedVolume, "status" | "monthlyCost" | "reason" | "components">,
  components: PricedComponent[],
): PricedVolume {
  const target = base.currency;
  const converted = components.map((c) => convert(c, target, input));
  const unpriced = converted.filter((c) => c.status === "unpriced");
  if (unpriced.length > 0) {
    const reason = unpriced.map((c) => `${c.component}: ${c.reason}`).join("; ");
    return { ...base, status: "unpriced", monthlyCost: null, reason, components: converted };
  }
  const estimated = converted.some((c) => c.status === "estimated");
  const total = sum(converted.map((c) => c.monthlyCost ?? ZERO));
  const reason = estimated ? (converted.find((c) => c.status === "estimated")?.reason ?? null) : null;
  return {
    ...base,
    status: estimated ? "estimated" : "priced",
    monthlyCost: total,
    reason,
    components: converted,
  };
}

function convert(component: PricedComponent, target: string, input: PriceVolumeInput): PricedComponent {
  if (component.currency === target || component.monthlyCost === null) return component;
  const rate = exchangeRate(input.exchangeRates ?? [], component.currency, target, input.day);
  if (!rate) {
    return {
      ...component,
      status: "unpriced",
      reason: `no exchange rate ${component.currency}→${target} on this day`,
      monthlyCost: null,
      listCurrency: component.currency,
      currency: target,
    };
  }
  return {
    ...component,
    monthlyCost: component.monthlyCost.times(rate),
    listCurrency: component.currency,
    exchangeRate: rate,
    currency: target,
  };
}
