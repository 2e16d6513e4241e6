import { unpricedResourceDaysText } from "@/lib/costing/cost-amount";
import { formatMoney } from "@/lib/format-money";
import type { ForecastGroupResult } from "@/lib/services/forecasts/get-forecast";

/** "$1,204.50 ($1,100.00 – $1,310.00)": a month-end forecast with its prediction interval, or unpriced. */
export function forecastText(
  estimate: ForecastGroupResult["monthEnd"],
  currency: string,
  unpricedDays: number,
) {
  if (estimate === null) return unpricedResourceDaysText(unpricedDays);
  return `${formatMoney(estimate.expected, currency)} (${formatMoney(estimate.low, currency)} – ${formatMoney(estimate.high, currency)})`;
}
