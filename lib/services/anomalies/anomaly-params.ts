import { z } from "zod";
import { FORECAST_GROUPINGS } from "../../queries/forecasts/forecast-grouping";
import { ZCurrency, ZIsoDay } from "../showback/showback-params";

/** GET /api/v1/anomalies, `tierscope anomalies`: the days judged, default the 30 days before today. */
export const ZAnomaliesQuery = z
  .object({
    by: z.enum(FORECAST_GROUPINGS).default("namespace"),
    cluster: z.string().trim().min(1).max(253).optional(),
    currency: ZCurrency.optional(),
    from: ZIsoDay.optional(),
    to: ZIsoDay.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from is after to", path: ["from"] });
export type TAnomaliesQuery = z.input<typeof ZAnomaliesQuery>;
