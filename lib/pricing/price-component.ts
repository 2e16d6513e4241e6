import { Dec, ZERO } from "./decimal";
import { discountFor } from "./overrides";
import type { PricedComponent, PriceVolumeInput } from "./price-volume";
import { productInfo } from "./products";
import type { ResolvedProduct } from "./resolve/types";
import { catalogKey, explainNoPrice, selectPriceInForce } from "./select-price";
import { priceQuantity } from "./tiers";
import type { CatalogPrice, PriceComponent } from "./types";
import { bytesToQuantity, periodsPerMonth } from "./units";

const PERF_UNIT = (product: ResolvedProduct) => (product.provider === "azure" ? "MB/s" : "MiB/s");

/** One component of a resolved product at its catalog list price (less any negotiated discount). */
export function priceCatalogComponent(
  input: PriceVolumeInput,
  product: ResolvedProduct,
  component: PriceComponent,
): PricedComponent {
  const key = catalogKey({ ...product, component });
  const candidates = input.catalog.filter((entry) => catalogKey(entry) === key);
  const entry = selectPriceInForce(candidates, input.day);
  const documentedIncluded = productInfo(product.product)?.included?.[component];
  const empty: PricedComponent = {
    component,
    status: "unpriced",
    quantity: null,
    quantityUnit: component === "capacity" ? "GiB" : component === "iops" ? "IOPS" : PERF_UNIT(product),
    includedQuantity: new Dec(documentedIncluded ?? 0),
    unit: entry?.unit ?? null,
    unitPrice: null,
    slices: [],
    tierLabel: null,
    discountPercent: null,
    monthlyCost: null,
    currency: entry?.currency ?? "USD",
    listCurrency: null,
    exchangeRate: null,
    reason: null,
    priceId: entry?.id ?? null,
    overrideId: null,
    source: entry?.source ?? null,
  };

  let quantity: Dec;
  let estimatedReason: string | null = null;
  if (component === "capacity") {
    const stored = product.basis === "stored";
    const bytes = stored && input.storedBytes != null ? input.storedBytes : input.capacityBytes;
    if (stored && input.storedBytes == null) {
      estimatedReason =
        "estimated: this storage bills the bytes stored, which are unknown here; priced at the claim's size";
    }
    quantity = bytesToQuantity(bytes, entry && entry.unit !== "disk_month" ? entry.unit : "GiB_month");
    empty.quantityUnit = entry?.unit.startsWith("GB") ? "GB" : "GiB";
  } else {
    const perf = component === "iops" ? product.iops : product.throughput;
    if (!perf || perf.value === null) {
      return { ...empty, reason: perf && perf.value === null ? perf.reason : `no ${component} requirement` };
    }
    quantity = perf.value;
  }
  empty.quantity = quantity;

  if (!entry) {
    if (documentedIncluded !== undefined && quantity.lte(documentedIncluded)) {
      return {
        ...empty,
        status: "included",
        monthlyCost: ZERO,
        reason: `within the ${documentedIncluded} ${empty.quantityUnit} included with ${product.label}`,
      };
    }
    const why = explainNoPrice(candidates, input.day);
    return {
      ...empty,
      reason: `no ${component} price for ${product.label} in ${product.region}: ${why}; refresh prices or add an override`,
    };
  }
  return withEntry(input, product, empty, entry, quantity, estimatedReason);
}

function withEntry(
  input: PriceVolumeInput,
  product: ResolvedProduct,
  base: PricedComponent,
  entry: CatalogPrice,
  quantity: Dec,
  estimatedReason: string | null,
): PricedComponent {
  const result = priceQuantity(entry, quantity);
  const common = { ...base, includedQuantity: entry.includedQuantity, unit: entry.unit };
  if (!result.ok) return { ...common, reason: `${product.label}: ${result.reason}` };
  const periods = periodsPerMonth(entry.unit);
  if (!periods) return { ...common, reason: `a ${entry.unit} price is not a monthly charge` };
  let monthly = result.amount.times(periods);
  const discount = discountFor(
    input.overrides ?? [],
    { clusterId: input.clusterId, provider: product.provider, product: product.product },
    input.day,
  );
  if (discount?.discountPercent)
    monthly = monthly.times(new Dec(100).minus(discount.discountPercent)).div(100);
  return {
    ...common,
    status: estimatedReason ? "estimated" : "priced",
    unitPrice:
      entry.tierMode === "graduated" ? null : (entry.unitPrice ?? result.slices[0]?.unitPrice ?? null),
    slices: result.slices,
    tierLabel: result.tierLabel,
    discountPercent: discount?.discountPercent ?? null,
    overrideId: discount?.id ?? null,
    monthlyCost: monthly,
    reason: estimatedReason,
  };
}
