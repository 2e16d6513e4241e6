import { Dec, ZERO } from "./decimal";
import type { CatalogPrice } from "./types";

/** One priced slice of a quantity: the whole of it for flat prices, one per tier when graduated. */
export interface TierSlice {
  label: string | null;
  quantity: Dec;
  unitPrice: Dec;
  amount: Dec;
}

export type TierResult =
  | { ok: true; amount: Dec; billableQuantity: Dec; tierLabel: string | null; slices: TierSlice[] }
  | { ok: false; reason: string };

/**
 * The charge for `quantity` under one price entry, per one period of its unit.
 * - flat: (quantity − included) × unit price.
 * - graduated: each slice of the billable quantity at its tier's rate. io2 IOPS: 0–32,000 at tier 1,
 *   32,001–64,000 at tier 2, above at tier 3; AWS publishes each tier as its own usagetype with a
 *   0–Inf range, so the breakpoints are ours (pricing.md §5.3, [S5]).
 * - size_step: the whole quantity rounds up to the first tier that holds it and pays that tier's
 *   price: a 600 GiB Premium SSD is billed as a 1,024 GiB P30 (pricing.md §5.5, Infracost [S2]).
 */
export function priceQuantity(entry: CatalogPrice, quantity: Dec): TierResult {
  const billable = Dec.max(ZERO, quantity.minus(entry.includedQuantity));
  if (entry.tierMode === "flat") {
    if (!entry.unitPrice) return { ok: false, reason: "the entry has no unit price" };
    const amount = billable.times(entry.unitPrice);
    const slices = [{ label: null, quantity: billable, unitPrice: entry.unitPrice, amount }];
    return { ok: true, amount, billableQuantity: billable, tierLabel: null, slices };
  }
  if (entry.tierMode === "graduated") return graduated(entry, billable);
  return sizeStep(entry, quantity);
}

function graduated(entry: CatalogPrice, billable: Dec): TierResult {
  let amount = ZERO;
  let lower = ZERO;
  const slices: TierSlice[] = [];
  for (const tier of entry.tiers) {
    if (billable.lte(lower)) break;
    const upper = tier.upTo === null ? billable : Dec.min(billable, tier.upTo);
    const slice = upper.minus(lower);
    if (slice.gt(0)) {
      if (!tier.unitPrice) {
        return { ok: false, reason: `no price for the tier ${tier.label ?? `up to ${tier.upTo ?? "∞"}`}` };
      }
      const sliceAmount = slice.times(tier.unitPrice);
      slices.push({ label: tier.label, quantity: slice, unitPrice: tier.unitPrice, amount: sliceAmount });
      amount = amount.plus(sliceAmount);
    }
    if (tier.upTo === null) return { ok: true, amount, billableQuantity: billable, tierLabel: null, slices };
    lower = tier.upTo;
  }
  if (billable.gt(lower)) return { ok: false, reason: `the quantity ${billable} is above the last tier` };
  return { ok: true, amount, billableQuantity: billable, tierLabel: null, slices };
}

function sizeStep(entry: CatalogPrice, quantity: Dec): TierResult {
  const tier = entry.tiers.find((t) => t.upTo === null || quantity.lte(t.upTo));
  if (!tier) {
    const largest = entry.tiers.at(-1);
    return {
      ok: false,
      reason: `${quantity} GiB is larger than the largest tier (${largest?.label ?? "?"})`,
    };
  }
  const label = tier.label ?? `up to ${tier.upTo}`;
  if (!tier.tierPrice) return { ok: false, reason: `no price for the size tier ${label}` };
  const slices = [{ label, quantity: new Dec(1), unitPrice: tier.tierPrice, amount: tier.tierPrice }];
  return { ok: true, amount: tier.tierPrice, billableQuantity: new Dec(1), tierLabel: label, slices };
}
