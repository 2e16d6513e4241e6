import type { Dec } from "./decimal";
import { productInfo } from "./products";
import { catalogKey, explainNoPrice, selectPriceInForce } from "./select-price";
import { priceQuantity } from "./tiers";
import type { CatalogPrice, IsoDay, PriceComponent, PriceUnit, Provider } from "./types";

export interface UsageToPrice {
  provider: Provider;
  region: string;
  /** The product billing the use: "efs-elastic-throughput", "s3-standard". */
  product: string;
  component: PriceComponent;
  /** The metered quantity in the price's unit: GiB read or written, requests. */
  quantity: Dec;
  day: IsoDay;
}

export type PricedUsage =
  | { status: "priced"; amount: Dec; unitPrice: Dec; unit: PriceUnit; currency: string; price: CatalogPrice }
  | { status: "unpriced"; reason: string };

/**
 * The charge for one metered use (GB read through EFS Elastic throughput, S3 GET requests) at the
 * list price in force that day. A use with no price is unpriced with the reason, never $0.
 */
export function priceUsage(usage: UsageToPrice, catalog: CatalogPrice[]): PricedUsage {
  const info = productInfo(usage.product);
  if (!info?.usage?.includes(usage.component)) {
    return { status: "unpriced", reason: `${usage.product} does not bill ${usage.component} per use` };
  }
  const key = catalogKey(usage);
  const candidates = catalog.filter((entry) => catalogKey(entry) === key);
  const entry = selectPriceInForce(candidates, usage.day);
  if (!entry) return { status: "unpriced", reason: explainNoPrice(candidates, usage.day) };
  const result = priceQuantity(entry, usage.quantity);
  if (!result.ok || entry.unitPrice === null) {
    return { status: "unpriced", reason: result.ok ? "the entry has no unit price" : result.reason };
  }
  return {
    status: "priced",
    amount: result.amount,
    unitPrice: entry.unitPrice,
    unit: entry.unit,
    currency: entry.currency,
    price: entry,
  };
}
