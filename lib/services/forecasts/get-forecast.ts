import { isoDayOf, shiftDay } from "../../costing/day-window";
import { forecastDays } from "../../costing/forecast/forecast-days";
import { forecastGroups } from "../../costing/forecast/forecast-groups";
import {
  DEFAULT_FORECAST_SETTINGS,
  type Estimate,
  type GroupForecast,
} from "../../costing/forecast/forecast-types";
import type { Db } from "../../db/prisma";
import { getClusterByNameOrThrow } from "../../queries/clusters/get-cluster-by-name-or-throw";
import { firstFactDay } from "../../queries/forecasts/first-fact-day";
import { listComponentDayCosts } from "../../queries/forecasts/list-component-day-costs";
import { listUnpricedResourceDays } from "../../queries/forecasts/list-unpriced-resource-days";
import { type ServiceCall, scopedTeamIds } from "../service-context";
import { type TForecastQuery, ZForecastQuery } from "./forecast-params";

/** A forecast's money: estimates to the cent (they carry no more precision), what was spent exactly. */
const estimate = (e: Estimate) => ({
  expected: e.expected.toFixed(2),
  low: e.low.toFixed(2),
  high: e.high.toFixed(2),
});

function toResult(group: GroupForecast, unpricedResourceDays: number) {
  return {
    key: group.group,
    currency: group.currency,
    /** Nothing in the group is priced: the figures are unknown, not $0. */
    unpriced: group.unpriced,
    monthToDate: group.monthToDate.toFixed(),
    monthEnd: group.unpriced ? null : estimate(group.monthEnd),
    nextMonth: group.unpriced ? null : estimate(group.nextMonth),
    lastDayCost: group.lastDayCost.toFixed(),
    trendPerDay: group.trendPerDay.toFixed(4),
    unpricedResourceDays,
    categories: group.categories.map((c) => ({
      category: c.category,
      monthToDate: c.monthToDate.toFixed(),
      monthEnd: c.monthEnd.toFixed(2),
      nextMonth: c.nextMonth.toFixed(2),
      trendPerDay: c.trendPerDay.toFixed(4),
    })),
  };
}

export type ForecastGroupResult = ReturnType<typeof toResult>;

/**
 * Month-end and next-month forecast per group (README "Forecasts"), over the groups the actor's
 * scope may read. Unpriced resources are counted (unpricedResourceDays this month) and add nothing.
 */
export async function getForecast(db: Db, { ctx, input }: ServiceCall<TForecastQuery>, now = new Date()) {
  const query = ZForecastQuery.parse(input);
  if (query.cluster) await getClusterByNameOrThrow(db, query.cluster);
  const madeOn = query.madeOn ?? isoDayOf(now);
  const days = forecastDays(madeOn);
  const settings = DEFAULT_FORECAST_SETTINGS;
  const from = [`${days.month}-01`, shiftDay(madeOn, -settings.trendDays)].sort()[0] as string;
  const filters = {
    by: query.by,
    cluster: query.cluster,
    currency: query.currency,
    teamIds: scopedTeamIds(ctx),
  };
  const window = { from, to: days.lastKnown };
  const [rows, unpriced, historyFrom] = await Promise.all([
    listComponentDayCosts(db, { ...filters, window }),
    listUnpricedResourceDays(db, { ...filters, window: { from: `${days.month}-01`, to: days.lastKnown } }),
    firstFactDay(db),
  ]);
  const unpricedOf = (group: string, currency: string) =>
    unpriced
      .filter((u) => u.group === group && u.currency === currency)
      .reduce((sum, u) => sum + u.unpricedResourceDays, 0);
  const groups = forecastGroups(rows, { madeOn, historyFrom: historyFrom ?? from, settings })
    .sort((a, b) => b.monthEnd.expected.comparedTo(a.monthEnd.expected) || a.group.localeCompare(b.group))
    .map((g) => toResult(g, unpricedOf(g.group, g.currency)));
  return {
    by: query.by,
    madeOn,
    lastKnownDay: days.lastKnown,
    month: days.month,
    nextMonth: days.nextMonth,
    method: { trendDays: settings.trendDays, intervalCoverage: settings.intervalCoverage },
    groups,
  };
}

export type ForecastResult = Awaited<ReturnType<typeof getForecast>>;
