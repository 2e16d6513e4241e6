import { z } from "zod";
import { REPORT_GROUPINGS } from "@/lib/costing/reports/chargeback-report";

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

export function reportsSearch(params: TReportsParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.month) search.set("month", params.month);
  if (params.by !== "team") search.set("by", params.by);
  if (params.preliminary) search.set("preliminary", params.preliminary);
  return search;
}
