import { Dec } from "./decimal";
import type { Provider } from "./types";
import { HOURS_PER_CONVENTIONAL_MONTH } from "./units";

/** Hours in the calendar month that contains `day` (UTC): 672, 696, 720 or 744. */
export function hoursInCalendarMonth(day: Date): number {
  const start = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1);
  const end = Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1);
  return (end - start) / 3_600_000;
}

/**
 * A monthly amount prorated to `hours` of the month containing `day`, by the provider's own rule.
 * - AWS counts GB-months against the actual hours of the calendar month: "In a 30-day month, you're
 *   billed for one GB-month [if] you provision a 1-GB volume for 720 hours" (AWS Knowledge Center,
 *   repost.aws/knowledge-center/ebs-volume-charges). A volume kept all October (744 h) therefore
 *   costs exactly its monthly price, and so does one kept all February.
 * - Azure and GCP meter by the hour (or second) and quote months of 730 hours (see
 *   HOURS_PER_CONVENTIONAL_MONTH for the provider examples this reproduces).
 */
export function prorateMonthly(input: {
  provider: Provider;
  monthlyAmount: Dec;
  hours: Dec;
  day: Date;
}): Dec {
  const monthHours =
    input.provider === "aws" ? new Dec(hoursInCalendarMonth(input.day)) : HOURS_PER_CONVENTIONAL_MONTH;
  return input.monthlyAmount.times(input.hours).div(monthHours);
}
