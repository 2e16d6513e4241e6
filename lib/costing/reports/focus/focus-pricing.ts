import { Dec, sum, ZERO } from "../../../pricing/decimal";
import { prorateMonthly } from "../../../pricing/proration";
import type { PriceUnit } from "../../../pricing/types";
import { bytesToQuantity, periodsPerMonth } from "../../../pricing/units";
import type { FocusFact } from "./focus-fact";

/** A fact's quantities and prices as FOCUS states them: every amount in the fact's (billing) currency. */
export interface FocusPricing {
  /** What the resource had (provisioned GiB, IOPS, MiB/s, stored GiB) for its hours, in consumedUnit. */
  consumedQuantity: Dec;
  consumedUnit: PriceUnit;
  /** What the price applied to, in the price's unit: ListUnitPrice × this = ListCost. */
  pricingQuantity: Dec;
  listUnitPrice: Dec;
  contractedUnitPrice: Dec;
  listCost: Dec;
}

const ONE = new Dec(1);

/**
 * A quantity held for `hours` of the fact's day, in the price's unit: per-month and per-hour units
 * prorate by the provider's rule (prorateMonthly, the rule the cost was computed with: AWS against
 * the calendar month's hours, others 730 h); one-off units (per GiB) are the quantity itself.
 */
function forHours(fact: FocusFact, quantity: Dec, hours: Dec): Dec {
  const periods = periodsPerMonth(fact.unit);
  if (periods === null) return quantity;
  return prorateMonthly({
    provider: fact.provider,
    unit: fact.unit,
    monthlyAmount: quantity.times(periods),
    hours,
    day: new Date(`${fact.day}T00:00:00Z`),
  });
}

/**
 * The quantity one period of the price is charged for (lib/pricing/tiers.ts priceQuantity):
 * - a size-step product (Azure Premium/Standard SSD, unit disk_month) bills the disk, one per
 *   month, whatever its size: the size only chose the tier, whose price is the unit price;
 * - flat and graduated prices bill the quantity above the included baseline (gp3's 3,000 IOPS and
 *   125 MiB/s; `detail.includedQuantity`, absent when there is none).
 */
function billable(fact: FocusFact, quantity: Dec): Dec {
  if (fact.unit === "disk_month") return ONE;
  return Dec.max(ZERO, quantity.minus(fact.detail.includedQuantity ?? 0));
}

/**
 * The billable quantity of the whole fact in its price's unit. A day cut where the volume changed
 * (`detail.segments`, each with its quantity and hours) is summed piece by piece, since the
 * baseline applies to each piece's own quantity; an uncut day (or a snapshot's pieces, which carry
 * bytes and have no baseline, so the day's average is exact) is one piece. An archived snapshot
 * deleted before its minimum duration adds the remaining hours, charged at once at its last size.
 */
function billableQuantity(fact: FocusFact): Dec {
  const segments = fact.detail.segments;
  const pieces =
    segments && segments.length > 0 && segments.every((s) => s.quantity !== null)
      ? segments.map((s) => ({ quantity: new Dec(s.quantity as string), hours: new Dec(s.hours) }))
      : [{ quantity: new Dec(fact.quantity), hours: new Dec(fact.hours) }];
  let quantity = sum(pieces.map((p) => forHours(fact, billable(fact, p.quantity), p.hours)));
  const early = fact.detail.earlyDeletion;
  if (early && fact.detail.storedBytes !== null) {
    const last = bytesToQuantity(new Dec(fact.detail.storedBytes), fact.unit);
    quantity = quantity.plus(forHours(fact, billable(fact, last), new Dec(early.remainingHours)));
  }
  return quantity;
}

/**
 * The FOCUS quantities and prices of one priced fact, so that ListUnitPrice × PricingQuantity =
 * ListCost and ContractedUnitPrice × PricingQuantity = ContractedCost (the fact's cost):
 * - the list unit price is the catalog's (or the override's) in the price's own currency, converted
 *   at the fact's exchange rate (`detail.exchangeRate`) into the currency the fact was billed in;
 * - a graduated price (io2's IOPS tiers) has no single unit price: its blended price is list cost ÷
 *   the billable quantity;
 * - list cost is the cost before the negotiated discount (`detail.discountPercent`), the contracted
 *   unit price the list unit price less that discount.
 */
export function focusPricing(fact: FocusFact): FocusPricing {
  const { detail } = fact;
  const cost = new Dec(fact.cost);
  const rate = detail.exchangeRate ? new Dec(detail.exchangeRate) : ONE;
  const keep = detail.discountPercent ? new Dec(100).minus(detail.discountPercent).div(100) : ONE;
  const pricingQuantity = billableQuantity(fact);
  const unitPrice = fact.unitPrice === null ? null : new Dec(fact.unitPrice).times(rate);
  // A 100 % discount leaves no cost to divide: the list cost is then the list price's.
  const listCost = keep.isZero() ? (unitPrice?.times(pricingQuantity) ?? cost) : cost.div(keep);
  const listUnitPrice = unitPrice ?? (pricingQuantity.isZero() ? ZERO : listCost.div(pricingQuantity));
  return {
    consumedQuantity: forHours(fact, new Dec(fact.quantity), new Dec(fact.hours)),
    // A size-step disk's quantity is its size in GiB (bytesToQuantity), held for its hours.
    consumedUnit: fact.unit === "disk_month" ? "GiB_month" : fact.unit,
    pricingQuantity,
    listUnitPrice,
    contractedUnitPrice: listUnitPrice.times(keep),
    listCost,
  };
}
