import type { IsoDay } from "../../pricing/types";

/**
 * How a day's cost relates to a monthly price. AWS month units (GB-month) are prorated over the
 * calendar month's hours, so the same volume costs price/30 a day in November and price/31 in
 * December; hourly meters (Azure, GCP, AWS per-hour) cost the same every day. Comparing days across
 * a month boundary needs the first put on one scale: its daily cost times the days of its month.
 */
export type Proration = "calendar" | "hourly";

export function daysInMonthOf(day: IsoDay): number {
  const [year, month] = day.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** What a day's cost is multiplied by to be comparable with every other day's (divided by, back). */
export function rateFactor(proration: Proration, day: IsoDay): number {
  return proration === "calendar" ? daysInMonthOf(day) : 1;
}
