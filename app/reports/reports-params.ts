import { z } from "zod";
import { REPORT_GROUPINGS } from "@/lib/costing/reports/chargeback-report";
import type { ReportMonth } from "@/lib/queries/reports/list-report-months";

/** The Reports page's URL: month (default: the newest closed one), by, preliminary; malformed values fall back. */
export const ZReportsParams = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
  by: z.enum(REPORT_GROUPINGS).catch("team").default("team"),
  preliminary: z.enum(["true"]).optional().catch(undefined),
});
export type TReportsParams = z.infer<typeof ZReportsParams>;

/** The month to show: the one asked for, else the newest closed month, else the newest month. */
export function selectedMonth(params: TReportsParams, months: ReportMonth[]): ReportMonth | null {
  if (params.month) {
    return (
      months.find((m) => m.month === params.month) ?? {
        month: params.month,
        closed: false,
        closedAt: null,
        closedBy: null,
      }
    );
  }
  return months.find((m) => m.closed) ?? months[0] ?? null;
}

/** The report query for a month: only a closed month, or an open one asked for as preliminary. */
export function reportQuery(params: TReportsParams, month: ReportMonth | null) {
  if (!month || (!month.closed && params.preliminary !== "true")) return null;
  return { month: month.month, by: params.by, preliminary: month.closed ? "false" : "true" } as const;
}

export function reportsSearch(params: TReportsParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.month) search.set("month", params.month);
  if (params.by !== "team") search.set("by", params.by);
  if (params.preliminary) search.set("preliminary", params.preliminary);
  return search;
}
