import { z } from "zod";
import { REPORT_GROUPINGS } from "../../costing/reports/chargeback-report";
import { ZCurrency } from "../showback/showback-params";

export const REPORT_FORMATS = ["json", "csv", "focus", "pdf"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A calendar month, YYYY-MM: the path of GET /api/v1/reports/{month}, `tierscope report --month`. */
export const ZReportMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month written YYYY-MM");

/** GET /api/v1/reports/{month} query, `tierscope report` options. */
export const ZReportQuery = z.object({
  by: z.enum(REPORT_GROUPINGS).default("team"),
  format: z.enum(REPORT_FORMATS).default("json"),
  currency: ZCurrency.optional(),
  /** An open month is refused unless asked for as preliminary (and then labelled so everywhere). */
  preliminary: z.enum(["true", "false"]).default("false"),
});
export type TReportQuery = z.output<typeof ZReportQuery>;
