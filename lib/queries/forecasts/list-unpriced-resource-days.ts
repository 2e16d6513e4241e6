import type { CostWindow } from "../../costing/cost-window";
import type { Db } from "../../db/prisma";
import { OWNERS } from "../showback/showback-sql";
import { type ComponentFilters, componentFilters } from "./component-filters";
import { type ForecastGrouping, forecastGroupKey } from "./forecast-grouping";

export interface UnpricedResourceDays {
  day: string;
  group: string;
  currency: string;
  unpricedResourceDays: number;
}

/** Resources of each group and day whose cost is unknown (counted, never priced at $0). */
export async function listUnpricedResourceDays(
  db: Db,
  params: ComponentFilters & { window: CostWindow; by: ForecastGrouping },
): Promise<UnpricedResourceDays[]> {
  const rows = await db.$queryRaw<{ day: string; key: string; currency: string; unpriced: bigint }[]>`
    SELECT to_char(cf.day, 'YYYY-MM-DD') AS day, ${forecastGroupKey(params.by)} AS key, cf.currency,
           sum(cf.unpriced_resource_days) AS unpriced
      FROM cost_rollup_day cf ${OWNERS}
     WHERE cf.day BETWEEN ${params.window.from}::date AND ${params.window.to}::date
       AND cf.unpriced_resource_days > 0 AND ${componentFilters(params)}
     GROUP BY 1, 2, 3 ORDER BY 1`;
  return rows.map((r) => ({
    day: r.day,
    group: r.key,
    currency: r.currency,
    unpricedResourceDays: Number(r.unpriced),
  }));
}
