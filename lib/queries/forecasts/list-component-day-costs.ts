import type { CostWindow } from "../../costing/cost-window";
import type { ComponentDayCost } from "../../costing/forecast/forecast-types";
import type { Proration } from "../../costing/forecast/month-rate";
import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { dec } from "../../pricing/decimal";
import { dailyCosts, trendGrain } from "../showback/rollups-sql";
import { OWNERS } from "../showback/showback-sql";
import { type ComponentFilters, componentFilters } from "./component-filters";
import { type ForecastGrouping, forecastGroupKey } from "./forecast-grouping";

export interface ComponentDayCostsParams extends ComponentFilters {
  window: CostWindow;
  by: ForecastGrouping;
}

interface Row {
  day: string;
  key: string;
  total: Prisma.Decimal | null;
}

// Group, category, currency and proration travel in one text key (dailyCosts groups by one key);
// the unit separator cannot appear in a Kubernetes name, a team slug or a currency code.
const SEPARATOR = "\u001f";

/**
 * Each day's priced cost of every component (group × category × currency × proration) over a
 * window: `cost` null when that day's resources were all unpriced. AWS clusters' costs are taken as
 * calendar-prorated (their storage prices are GB-month), every other provider's as hourly.
 * Unscoped reads come from the trend tables; a team scope needs the namespace and team of each row,
 * and a storage class with it, so those read cost_rollup_day.
 */
export async function listComponentDayCosts(
  db: Db,
  params: ComponentDayCostsParams,
): Promise<ComponentDayCost[]> {
  const key = Prisma.sql`${forecastGroupKey(params.by)} || ${SEPARATOR} || cf.category || ${SEPARATOR} || cf.currency || ${SEPARATOR} || CASE WHEN c.provider = 'aws' THEN 'calendar' ELSE 'hourly' END`;
  const where = componentFilters(params);
  const rows = params.teamIds
    ? await db.$queryRaw<Row[]>`
        SELECT to_char(cf.day, 'YYYY-MM-DD') AS day, ${key} AS key, sum(cf.cost) AS total
          FROM cost_rollup_day cf ${OWNERS}
         WHERE cf.day BETWEEN ${params.window.from}::date AND ${params.window.to}::date AND ${where}
         GROUP BY 1, 2 ORDER BY 1`
    : await db.$queryRaw<
        Row[]
      >`${dailyCosts(params.window, params.by === "fleet" ? "class" : trendGrain(params.by), { key, where })}`;
  return rows.map((row) => {
    const [group, category, currency, proration] = row.key.split(SEPARATOR) as [
      string,
      string,
      string,
      Proration,
    ];
    return {
      group,
      category,
      currency,
      proration,
      day: row.day,
      cost: row.total === null ? null : dec(row.total),
    };
  });
}
