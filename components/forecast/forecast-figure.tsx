import { resourceDays, unpricedResourceDaysText } from "@/lib/costing/cost-amount";
import { formatMoney } from "@/lib/format-money";
import type { ForecastGroupResult } from "@/lib/services/forecasts/get-forecast";

/**
 * "$1,204.50 ($1,100.00 – $1,310.00)": a month-end forecast with its prediction interval; "…, partial:
 * 3 resource-days unpriced" when it leaves out what has no price; or unpriced.
 */
export function forecastText(
  estimate: ForecastGroupResult["monthEnd"],
  currency: string,
  unpricedDays: number,
) {
  if (estimate === null) return unpricedResourceDaysText(unpricedDays);
  const range = `${formatMoney(estimate.expected, currency)} (${formatMoney(estimate.low, currency)} – ${formatMoney(estimate.high, currency)})`;
  return unpricedDays > 0 ? `${range}, partial: ${resourceDays(unpricedDays)} unpriced` : range;
}
