import type { PricedComponent, PricedVolume } from "../../pricing/price-volume";
import { periodsPerMonth } from "../../pricing/units";

/** "iops: 32000 IOPS × 0.065 USD/IOPS_month = 2080.00". */
function componentBasis(c: PricedComponent): string {
  const amount =
    c.monthlyCost === null ? (c.reason ?? "unpriced") : `${c.monthlyCost.toFixed(2)} ${c.currency}`;
  if (c.quantity === null) return `${c.component}: ${c.reason ?? "quantity unknown"}`;
  const unit = c.quantityUnit.replace(/^MiBps_.*/, "MiB/s").replace(/^MBps_.*/, "MB/s");
  // Stored bytes make fractional GiB: two decimals to read; the cost itself is exact.
  const quantity = `${c.quantity.toDecimalPlaces(2).toFixed()} ${unit}`;
  const included = c.includedQuantity.gt(0) ? ` (${c.includedQuantity.toFixed()} included)` : "";
  if (c.tierLabel && c.unitPrice)
    return `${c.component}: ${quantity} bills as ${c.tierLabel} at ${c.unitPrice.toFixed()} = ${amount}`;
  // Graduated tiers (io2 IOPS) bill slice by slice; a flat price is one slice, shown as a unit price.
  if (c.slices.length > 1 || (c.unitPrice === null && c.slices.length === 1)) {
    const slices = c.slices
      .map((s) => `${s.quantity.toDecimalPlaces(2).toFixed()} × ${s.unitPrice.toFixed()}`)
      .join(" + ");
    return `${c.component}: ${quantity}${included}, ${slices} = ${amount}`;
  }
  if (c.unitPrice === null || c.unit === null) return `${c.component}: ${quantity}${included} = ${amount}`;
  const periods = periodsPerMonth(c.unit);
  const hours = periods && !periods.eq(1) ? ` × ${periods.toFixed()} h` : "";
  return `${c.component}: ${quantity}${included} × ${c.unitPrice.toFixed()} ${c.listCurrency ?? c.currency}/${c.unit}${hours} = ${amount}`;
}

/** Every priced component of a volume as price × quantity (× hours) = cost: the figure, explained. */
export function priceBasis(priced: PricedVolume): string {
  return priced.components.map(componentBasis).join("; ");
}
