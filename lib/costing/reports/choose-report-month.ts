import type { ReportGrouping } from "./chargeback-report";

interface MonthState {
  month: string;
  closed: boolean;
}

/** The month to show: the one asked for, else the newest closed month, else the newest month with facts. */
export function chooseReportMonth<T extends MonthState>(
  asked: string | undefined,
  months: T[],
): MonthState | null {
  if (asked) return months.find((m) => m.month === asked) ?? { month: asked, closed: false };
  return months.find((m) => m.closed) ?? months[0] ?? null;
}

/**
 * The report to ask for: a closed month's, or an open month's only when asked for as preliminary
 * (a report is for a closed month; a preliminary one is labelled so). null: nothing to ask for.
 */
export function reportRequest(
  month: MonthState | null,
  by: ReportGrouping,
  preliminary: boolean,
): { month: string; by: ReportGrouping; preliminary: "true" | "false" } | null {
  if (!month || (!month.closed && !preliminary)) return null;
  return { month: month.month, by, preliminary: month.closed ? "false" : "true" };
}
