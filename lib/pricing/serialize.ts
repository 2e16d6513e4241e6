import type { Dec } from "./decimal";
import type { PricedComponent, PricedVolume } from "./price-volume";
import type { CatalogPrice } from "./types";

// Decimal values do not survive JSON or React Server Components: the query layer turns them into
// decimal strings here, once, and nothing downstream does arithmetic on them.

const str = (value: Dec | null | undefined) =>
  value === null || value === undefined ? null : value.toFixed();

export function serializeComponent(c: PricedComponent) {
  return {
    component: c.component,
    status: c.status,
    quantity: str(c.quantity),
    quantityUnit: c.quantityUnit,
    includedQuantity: str(c.includedQuantity),
    unit: c.unit,
    unitPrice: str(c.unitPrice),
    tierLabel: c.tierLabel,
    slices: c.slices.map((s) => ({
      label: s.label,
      quantity: str(s.quantity),
      unitPrice: str(s.unitPrice),
      amount: str(s.amount),
    })),
    discountPercent: str(c.discountPercent),
    monthlyCost: str(c.monthlyCost),
    currency: c.currency,
    listCurrency: c.listCurrency,
    exchangeRate: str(c.exchangeRate),
    reason: c.reason,
    priceId: c.priceId,
    overrideId: c.overrideId,
    source: c.source,
  };
}

export function serializePricedVolume(v: PricedVolume) {
  return { ...v, monthlyCost: str(v.monthlyCost), components: v.components.map(serializeComponent) };
}

export type SerializedPricedVolume = ReturnType<typeof serializePricedVolume>;
export type SerializedComponent = ReturnType<typeof serializeComponent>;

export function serializeCatalogPrice(p: CatalogPrice) {
  return {
    id: p.id,
    provider: p.provider,
    region: p.region,
    product: p.product,
    component: p.component,
    unit: p.unit,
    currency: p.currency,
    tierMode: p.tierMode,
    unitPrice: str(p.unitPrice),
    includedQuantity: str(p.includedQuantity),
    tiers: p.tiers.map((t) => ({
      upTo: str(t.upTo),
      unitPrice: str(t.unitPrice),
      tierPrice: str(t.tierPrice),
      label: t.label,
    })),
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo,
    inForceSinceAtLeast: p.inForceSinceAtLeast ?? null,
    sku: p.sku,
    description: p.description,
    source: { ...p.source, confirmedOn: p.source.confirmedOn ?? null },
    retrievedAt: p.retrievedAt,
  };
}

export type SerializedCatalogPrice = ReturnType<typeof serializeCatalogPrice>;
