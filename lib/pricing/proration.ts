import { Dec } from "./decimal";
import type { PriceUnit, Provider } from "./types";
import { HOURS_PER_CONVENTIONAL_MONTH } from "./units";

/** Hours in the calendar month that contains `day` (UTC): 672, 696, 720 or 744. */
export function hoursInCalendarMonth(day: Date): number {
  const start = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1);
  const end = Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1);
  return (end - start) / 3_600_000;
}

/** AWS's month units: GB-Mo, IOPS-Mo and (gp3 throughput) GiBps-mo, as we store them. */
const AWS_MONTH_UNITS: PriceUnit[] = ["GB_month", "GiB_month", "IOPS_month", "MiBps_month"];

/**
 * A monthly amount prorated to `hours` of the month containing `day`, by the provider's own rule.
 * `unit` is the unit of the price the amount was computed from.
 * - AWS counts GB-months against the actual hours of the calendar month: "In a 30-day month, you're
 *   billed for one GB-month [if] you provision a 1-GB volume for 720 hours" (AWS Knowledge Center,
 *   repost.aws/knowledge-center/ebs-volume-charges). A volume kept all October (744 h) therefore
 *   costs exactly its monthly price, and so does one kept all February. This applies to AWS's
 *   month units only.
 * - Hourly prices (hour, IOPS_hour, GiB_hour, MBps_hour) bill each hour used: rate × hours. Their
 *   monthly amount is rate × 730 (periodsPerMonth), so dividing by 730 gives back exactly that:
 *   a p5.48xlarge kept all October costs 744 × its hourly rate, on every cloud.
 * - Azure and GCP meter by the hour (or second) and quote months of 730 hours (see
 *   HOURS_PER_CONVENTIONAL_MONTH for the provider examples this reproduces).
 */
export function prorateMonthly(input: {
  provider: Provider;
  unit: PriceUnit;
  monthlyAmount: Dec;
  hours: Dec;
  day: Date;
}): Dec {
  const calendar = input.provider === "aws" && AWS_MONTH_UNITS.includes(input.unit);
  const monthHours = calendar ? new Dec(hoursInCalendarMonth(input.day)) : HOURS_PER_CONVENTIONAL_MONTH;
  return input.monthlyAmount.times(input.hours).div(monthHours);
}
