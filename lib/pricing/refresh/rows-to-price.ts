import { Dec, ZERO } from "../decimal";
import { productInfo } from "../products";
import type { PriceComponent, PriceTier, TierMode } from "../types";

/** A provider's price rows for one meter: each applies from `from` (in the meter's quantity) upward. */
export interface PriceRow {
  from: Dec;
  price: Dec;
}

/**
 * Azure's tierMinimumUnits and GCP's tieredRates state a price per starting quantity.
 * - A leading $0 row is a per-disk free allowance only for products that document one (Premium
 *   SSD v2's 3,000 IOPS and 125 MB/s: tierMinimumUnits 0 at 0, 3000 at the rate, pricing.md §2.2
 *   [S17d]; Hyperdisk Balanced's 3,000 IOPS and 140 MiB/s, [S28]): it becomes the included quantity.
 * - Elsewhere it is an account-wide free tier (Cloud Storage's first 5 GiB a month, shared by
 *   every bucket of the billing account), not something each volume gets: it is dropped and the
 *   volume is priced from its first GiB at the first paid rate.
 * - Several priced rows become graduated tiers.
 */
export function rowsToPrice(
  rows: PriceRow[],
  product: string,
  component: PriceComponent,
): { tierMode: TierMode; unitPrice: Dec | null; includedQuantity: Dec; tiers: PriceTier[] } | null {
  const sorted = [...rows].sort((a, b) => a.from.comparedTo(b.from));
  const documented = productInfo(product)?.included?.[component];
  let free = ZERO;
  while (sorted.length > 1 && sorted[0]?.price.isZero()) {
    sorted.shift();
    free = sorted[0]?.from ?? free;
  }
  let included = documented === undefined ? ZERO : free;
  const priced = sorted.filter((row) => !row.price.isZero());
  if (priced.length === 0) return null;
  // A documented free baseline the API does not encode (Hyperdisk Balanced's 3,000 IOPS).
  if (included.isZero() && documented !== undefined && priced.length === 1) included = new Dec(documented);
  if (priced.length === 1) {
    return {
      tierMode: "flat",
      unitPrice: (priced[0] as PriceRow).price,
      includedQuantity: included,
      tiers: [],
    };
  }
  const tiers: PriceTier[] = priced.map((row, index) => {
    const next = priced[index + 1];
    return {
      upTo: next ? next.from.minus(included) : null,
      unitPrice: row.price,
      tierPrice: null,
      label: `from ${row.from}`,
    };
  });
  return { tierMode: "graduated", unitPrice: null, includedQuantity: included, tiers };
}
