import type { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { PRODUCTS } from "../../pricing/products";
import { isInForce } from "../../pricing/select-price";
import { type SerializedCatalogPrice, serializeCatalogPrice } from "../../pricing/serialize";
import type { IsoDay, Provider } from "../../pricing/types";
import { entryWithSource, toCatalogPrice } from "./price-rows";

export interface PriceCatalogFilter {
  provider?: Provider;
  region?: string;
  product?: string;
  /** Only the prices in force on this day; omitted: every version, history included. */
  asOf?: IsoDay;
}

export interface PriceCatalog {
  entries: SerializedCatalogPrice[];
  /** Products Tierscope recognises with no price in force anywhere (for the filter's provider). */
  unpricedProducts: { id: string; provider: string; label: string }[];
}

/** The catalog with each price's source and dates, for `prices list`, the API and the Pricing page. */
export async function getPriceCatalog(db: Db, filter: PriceCatalogFilter = {}): Promise<PriceCatalog> {
  const where: Prisma.PriceEntryWhereInput = {
    provider: filter.provider,
    region: filter.region,
    product: filter.product,
  };
  const rows = await db.priceEntry.findMany({
    where,
    include: entryWithSource,
    orderBy: [
      { provider: "asc" },
      { product: "asc" },
      { region: "asc" },
      { component: "asc" },
      { effectiveFrom: "desc" },
    ],
  });
  const prices = rows.map(toCatalogPrice).filter((p) => !filter.asOf || isInForce(p, filter.asOf));
  const priced = new Set(prices.map((p) => p.product));
  const unpricedProducts = PRODUCTS.filter(
    (p) =>
      (!filter.provider || p.provider === filter.provider) &&
      (!filter.product || p.id === filter.product) &&
      !priced.has(p.id),
  ).map((p) => ({ id: p.id, provider: p.provider, label: p.label }));
  return { entries: prices.map(serializeCatalogPrice), unpricedProducts };
}
