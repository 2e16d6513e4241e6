import { Dec, dec } from "../decimal";
import { type CatalogPrice, type Grade, OPEN_START_DAY, type PriceTier } from "../types";
import { AWS_PRICES } from "./aws";
import { AZURE_PRICES } from "./azure";
import { GCP_PRICES } from "./gcp";
import { GPU_PRICES } from "./gpu";
import { type BundledSource, bundledSourceById } from "./sources";
import type { BundledPrice } from "./types";

export const BUNDLED_PRICES: BundledPrice[] = [...AWS_PRICES, ...AZURE_PRICES, ...GCP_PRICES, ...GPU_PRICES];

/** A bundled price ready to load: its (possibly composite) source and exact decimal values. */
export interface LoadablePrice extends Omit<CatalogPrice, "id" | "source" | "retrievedAt"> {
  source: BundledSource & { key: string };
}

const GRADE_ORDER: Grade[] = ["A", "B", "C"];

/**
 * One source per entry. A size-tier table whose tiers come from several citations gets a composite
 * source that names each tier's citation with its date, graded by its weakest and dated by its
 * latest: every tier is in force since at least its own source's date, so the whole table is in
 * force since at least the latest of them and, like every bundled price, applies to earlier days.
 */
function sourceOf(price: BundledPrice): BundledSource & { key: string } {
  const ids = [
    ...new Set([price.source, ...(price.tiers ?? []).flatMap((t) => (t.source ? [t.source] : []))]),
  ];
  if (ids.length === 1) {
    const only = bundledSourceById(price.source);
    return { ...only, key: `bundled:${only.id}` };
  }
  const cited = ids.map(bundledSourceById);
  const parts = cited.map((source) => {
    const labels = (price.tiers ?? []).filter((t) => t.source === source.id && t.price).map((t) => t.label);
    return `${labels.join(", ")}: ${source.description} (${source.sourceDate}, grade ${source.grade})`;
  });
  return {
    id: `composite:${price.product}:${price.region}`,
    key: `bundled:composite:${price.provider}:${price.region}:${price.product}:${price.component}`,
    provider: price.provider,
    description: `Tier prices from ${cited.length} sources. ${parts.join(". ")}`,
    url: null,
    grade: cited
      .map((s) => s.grade)
      .sort((a, b) => GRADE_ORDER.indexOf(b) - GRADE_ORDER.indexOf(a))[0] as Grade,
    sourceDate: cited
      .map((s) => s.sourceDate)
      .sort()
      .at(-1) as string,
    confirmedOn: cited
      .map((s) => s.confirmedOn)
      .sort()
      .at(-1) as string,
  };
}

export function toLoadable(price: BundledPrice): LoadablePrice {
  const source = sourceOf(price);
  const tiers: PriceTier[] = (price.tiers ?? []).map((tier) => ({
    upTo: tier.upTo === null ? null : dec(tier.upTo),
    unitPrice: price.tierMode === "graduated" && tier.price !== null ? dec(tier.price) : null,
    tierPrice: price.tierMode === "size_step" && tier.price !== null ? dec(tier.price) : null,
    label: tier.label ?? null,
  }));
  return {
    provider: price.provider,
    region: price.region,
    product: price.product,
    component: price.component,
    unit: price.unit,
    currency: price.currency ?? "USD",
    tierMode: price.tierMode ?? "flat",
    unitPrice: price.price === undefined ? null : dec(price.price),
    includedQuantity: price.included === undefined ? new Dec(0) : dec(price.included),
    tiers,
    // No provider record gives the day a list price took effect, only a day it was in force: the
    // price applies from the open start and says "in force since at least" that day. An explicit
    // effectiveFrom (a provider's stated effective date) applies from that day only.
    effectiveFrom: price.effectiveFrom ?? OPEN_START_DAY,
    effectiveTo: null,
    inForceSinceAtLeast: price.effectiveFrom ? null : source.sourceDate,
    sku: price.sku ?? null,
    description: price.note ?? null,
    source,
  };
}

export function bundledCatalog(): LoadablePrice[] {
  return BUNDLED_PRICES.map((price) => toLoadable(price));
}

/** The bundled catalog as in-memory prices, for pure code and tests that need no database. */
export function bundledCatalogPrices(retrievedAt = "1970-01-01T00:00:00.000Z"): CatalogPrice[] {
  return bundledCatalog().map((price, index) => ({
    ...price,
    id: `bundled-${index}`,
    retrievedAt,
    source: {
      kind: "bundled",
      description: price.source.description,
      url: price.source.url,
      grade: price.source.grade,
      sourceDate: price.source.sourceDate,
      confirmedOn: price.source.confirmedOn,
    },
  }));
}
