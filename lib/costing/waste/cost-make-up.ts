import Decimal from "decimal.js";
import { formatMoney } from "../../format-money";
import { type Dec, moneyString } from "../../pricing/decimal";
import type { PricedVolume } from "../../pricing/price-volume";
import type { PriceComponent } from "../../pricing/types";

const COMPONENT_NAME: Partial<Record<PriceComponent, string>> = {
  capacity: "capacity",
  iops: "provisioned IOPS",
  throughput: "provisioned throughput",
};

/**
 * Which priced component makes most of a volume's monthly figure, in words: "provisioned IOPS are
 * 96 % of it ($2,958.34 of $3,081.60)". Null for a single-component price (capacity is the whole
 * figure, nothing to say) or an unknown one. The share is exact Decimal, rounded half-up to a whole
 * percent but at most 99: while another component costs something, one part is never "100 %".
 */
export function costMakeUp(priced: PricedVolume): string | null {
  const total = priced.monthlyCost;
  if (total === null || !total.gt(0)) return null;
  const charged = priced.components.filter(
    (c): c is typeof c & { monthlyCost: Dec } => c.monthlyCost?.gt(0) === true,
  );
  if (charged.length < 2) return null;
  const largest = charged.reduce((a, b) => (b.monthlyCost.gt(a.monthlyCost) ? b : a));
  const percent = Decimal.min(
    largest.monthlyCost.times(100).div(total).toDecimalPlaces(0, Decimal.ROUND_HALF_UP),
    99,
  );
  const name = COMPONENT_NAME[largest.component] ?? largest.component.replaceAll("_", " ");
  const verb = name === "capacity" ? "is" : "are";
  const money = (value: Dec) => formatMoney(moneyString(value), priced.currency);
  return `${name} ${verb} ${percent.toFixed(0)} % of it (${money(largest.monthlyCost)} of ${money(total)})`;
}
