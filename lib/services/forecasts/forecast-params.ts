import { z } from "zod";
import { FORECAST_GROUPINGS } from "../../queries/forecasts/forecast-grouping";
import { ZCurrency, ZIsoDay } from "../showback/showback-params";

export { FORECAST_GROUPINGS, type ForecastGrouping } from "../../queries/forecasts/forecast-grouping";

/** GET /api/v1/forecast, `tierscope forecast`. */
export const ZForecastQuery = z.object({
  by: z.enum(FORECAST_GROUPINGS).default("fleet"),
  cluster: z.string().trim().min(1).max(253).optional(),
  currency: ZCurrency.optional(),
  /** The day the forecast is made on (facts known through the day before); default today (UTC). */
  madeOn: ZIsoDay.optional(),
});
export type TForecastQuery = z.input<typeof ZForecastQuery>;
