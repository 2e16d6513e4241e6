import { Prisma } from "../../db/generated/client";
import { SHOWBACK_GROUPINGS, type ShowbackGrouping } from "../../services/showback/showback-params";
import { groupSql } from "../showback/showback-sql";

/** What a forecast or an anomaly is per: the whole fleet, or any showback grouping. */
export const FORECAST_GROUPINGS = ["fleet", ...SHOWBACK_GROUPINGS] as const;
export type ForecastGrouping = (typeof FORECAST_GROUPINGS)[number];

export const FLEET_KEY = "fleet";

/** The group key of a fact `cf` (with its owners) for a grouping: showback's keys, one for the fleet. */
export function forecastGroupKey(by: ForecastGrouping): Prisma.Sql {
  return by === "fleet" ? Prisma.sql`${FLEET_KEY}::text` : groupSql(by satisfies ShowbackGrouping).key;
}
