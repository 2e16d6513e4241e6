import { Dec, dec } from "../decimal";
import type { CatalogPrice, Grade, PriceTier } from "../types";
import { AWS_PRICES } from "./aws";
import { AZURE_PRICES } from "./azure";
import { GCP_PRICES } from "./gcp";
import { GPU_PRICES } from "./gpu";
import { type BundledSource, bundledSourceById } from "./sources";
import type { BundledPrice, BundledTier } from "./types";

export const BUNDLED_PRICES: BundledPrice[] = [...AWS_PRICES, ...AZURE_PRICES, ...GCP_PRICES, ...GPU_PRICES];

/** A bundled price ready to load: its (possibly composite) source and exact decimal values. */
export interface LoadablePrice extends Omit<CatalogPrice, "id" | "source" | "retrievedAt"> {
  source: BundledSource & { key: string };
}

const GRADE_ORDER: Grade[] = ["A", "B", "C"];

/**
 * One source per entry. A size-tier table whose tiers come from several citations gets a composite
 * source that names each tier's citation, graded by its weakest and dated by its latest. `suffix`
 * tells apart the earlier entries of a table split by source date (see `toLoadables`).
 */
function sourceOf(price: BundledPrice, suffix = ""): BundledSource & { key: string } {
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
    id: `composite:${price.product}:${price.region}${suffix}`,
    key: `bundled:composite:${price.provider}:${price.region}:${price.product}:${price.component}${suffix}`,
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
  };
}

export function toLoadable(price: BundledPrice, suffix = ""): LoadablePrice {
  const source = sourceOf(price, suffix);
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
    effectiveFrom: price.effectiveFrom ?? source.sourceDate,
    effectiveTo: null,
    sku: price.sku ?? null,
    description: price.note ?? null,
    source,
  };
}

/**
 * A tier table whose prices come from sources of different dates becomes one entry per date: the
 * entry from date D holds every tier whose own source is dated D or earlier (the others stay null,
 * unpriced) and is in force until the next date. So each tier is priced from its own source's date:
 * Premium SSD's P30 (Retail API transcript, 2026-07-23) prices a 600 GiB disk from 2026-07-23 even
 * though P15 is only known from 2026-11-21. The last entry, the whole table, keeps the table's
 * source key; the earlier ones add `@date`. Selecting the price in force needs no change.
 */
export function toLoadables(price: BundledPrice): LoadablePrice[] {
  const dateOf = (tier: BundledTier) => bundledSourceById(tier.source ?? price.source).sourceDate;
  const priced = (price.tiers ?? []).filter((t) => t.price !== null);
  const dates = [...new Set(priced.map(dateOf))].sort();
  if (price.effectiveFrom || dates.length <= 1) return [toLoadable(price)];
  return dates.map((date, index) => {
    const next = dates[index + 1] ?? null;
    const tiers = (price.tiers ?? []).map((t) =>
      t.price !== null && dateOf(t) <= date ? t : { ...t, price: null, source: undefined },
    );
    const cited = tiers.find((t) => t.price !== null);
    const partial = { ...price, source: cited?.source ?? price.source, tiers };
    return { ...toLoadable(partial, next ? `@${date}` : ""), effectiveFrom: date, effectiveTo: next };
  });
}

export function bundledCatalog(): LoadablePrice[] {
  return BUNDLED_PRICES.flatMap(toLoadables);
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
    },
  }));
}
