import { type CostWindow, presetWindow } from "../../costing/cost-window";
import { isoDayOf, shiftDay } from "../../costing/day-window";
import { fleetBudgetAmount } from "../../costing/overview/fleet-budget-amount";
import { savingsCountedOnce } from "../../costing/overview/savings-counted-once";
import type { Db } from "../../db/prisma";
import { readRecommendations } from "../../queries/recommendations/list-recommendations";
import type { ShowbackResult } from "../../queries/showback/get-showback";
import { readShowback } from "../../queries/showback/get-showback";
import { readWasteFindings } from "../../queries/waste/list-waste-findings";
import { listAnomalies } from "../anomalies/list-anomalies";
import { listBudgets } from "../budgets/list-budgets";
import { getForecast } from "../forecasts/get-forecast";
import { type ServiceCall, scopedTeamIds } from "../service-context";
import type { ShowbackGrouping } from "../showback/showback-params";

/** The Overview's drivers: the largest groups of the last 30 days by team, namespace and storage class. */
const DRIVER_GROUPINGS = [
  "team",
  "namespace",
  "storage-class",
] as const satisfies readonly ShowbackGrouping[];
const DRIVERS_EACH = 5;
/** Anomalies are open while they are this recent: the week before today. */
const OPEN_ANOMALY_DAYS = 7;
const ANOMALIES_SHOWN = 5;

const figures = (result: ShowbackResult) => ({
  total: result.totals.total,
  unallocated: result.totals.unallocated,
  unpricedResourceDays: result.totals.unpricedResourceDays,
  resourceDays: result.totals.resourceDays,
  coverage: result.totals.coverage,
});

/**
 * The Overview's money (README "Overview"), all within the reader's scope and in one currency (the
 * one most of the last 30 days' facts are in): spend month to date and over the last 30 days with
 * the change on the 30 days before, the month-end forecast against the budgets (against the smallest
 * fleet budget in the currency, never their sum), the top drivers, waste and savings available with
 * no volume counted twice (waste wins), unallocated and unpriced shares, and open anomalies. The windows are Showback's presets, so the figures are Showback's.
 */
export async function getMoneyOverview(db: Db, { ctx, input }: ServiceCall<{ now: Date }>) {
  const today = isoDayOf(input.now);
  const teamIds = scopedTeamIds(ctx);
  const last30 = presetWindow("30d", today);
  const monthToDate = presetWindow("this-month", today);
  const show = (window: CostWindow, by: ShowbackGrouping, currency?: string, pageSize = DRIVERS_EACH) =>
    readShowback(db, { ...window, by, currency, page: 1, pageSize, teamIds });
  const byTeam = await show(last30, "team");
  const currency = byTeam.currency;
  const [byNamespace, byStorageClass, thisMonth, forecast, budgets, waste, recommendations, anomalies] =
    await Promise.all([
      show(last30, "namespace", currency),
      show(last30, "storage-class", currency),
      show(monthToDate, "category", currency, 1),
      getForecast(db, { ctx, input: { by: "fleet", currency } }, input.now),
      listBudgets(db, { ctx, input: {} }, input.now),
      readWasteFindings(db, { now: input.now, teamIds }),
      readRecommendations(db, { now: input.now, teamIds }),
      listAnomalies(
        db,
        {
          ctx,
          input: { by: "namespace", from: shiftDay(today, -OPEN_ANOMALY_DAYS), to: shiftDay(today, -1) },
        },
        input.now,
      ),
    ]);
  const results = { team: byTeam, namespace: byNamespace, "storage-class": byStorageClass };
  const counted = savingsCountedOnce(
    waste.findings.map((f) => f.finding),
    recommendations.recommendations.map((r) => r.recommendation),
  );
  const fleet = forecast.groups.find((g) => g.currency === currency) ?? null;
  const fleetBudgets = budgets.budgets.filter((b) => b.currency === currency);
  return {
    asOf: input.now.toISOString(),
    currency,
    currencies: byTeam.currencies,
    monthToDate: { window: monthToDate, ...figures(thisMonth) },
    last30Days: {
      window: last30,
      previousWindow: byTeam.previousWindow,
      ...figures(byTeam),
      previousTotal: byTeam.totals.previousTotal,
      change: byTeam.totals.change,
      changeRatio: byTeam.totals.changeRatio,
      trend: byTeam.trend.map((p) => ({ day: p.day, total: p.total })),
    },
    forecast: {
      month: forecast.month,
      lastKnownDay: forecast.lastKnownDay,
      intervalCoverage: forecast.method.intervalCoverage,
      monthToDate: fleet?.monthToDate ?? "0",
      monthEnd: fleet?.monthEnd ?? null,
      unpricedResourceDays: fleet?.unpricedResourceDays ?? 0,
    },
    budgets: {
      /**
       * The smallest fleet-wide budget in the currency (not their sum: a warning budget and a hard one
       * are two bars, not one budget twice as large): what the month-end forecast is set against; null
       * when none.
       */
      fleetAmount: fleetBudgetAmount(fleetBudgets, currency),
      count: fleetBudgets.length,
      actualCrossed: fleetBudgets.filter((b) => b.actualCrossed).length,
      forecastCrossed: fleetBudgets.filter((b) => b.forecastCrossed).length,
      /** The budgets most at risk: highest forecast share first. */
      items: [...fleetBudgets]
        .sort((a, b) => (b.forecastRatio ?? -1) - (a.forecastRatio ?? -1) || a.name.localeCompare(b.name))
        .slice(0, DRIVERS_EACH)
        .map((b) => ({
          id: b.id,
          name: b.name,
          scopeKind: b.scopeKind,
          scopeKey: b.scopeKey,
          monthlyAmount: b.monthlyAmount,
          monthToDate: b.monthToDate,
          monthEnd: b.monthEnd,
          spentRatio: b.spentRatio,
          forecastRatio: b.forecastRatio,
          actualCrossed: b.actualCrossed,
          forecastCrossed: b.forecastCrossed,
        })),
    },
    drivers: DRIVER_GROUPINGS.map((by) => ({
      by,
      groups: results[by].groups.map((g) => ({
        key: g.key,
        name: g.name,
        kind: g.kind,
        total: g.total,
        unpricedResourceDays: g.unpricedResourceDays,
        coverage: g.coverage,
        changeRatio: g.changeRatio,
        clusterName: g.clusterName,
        teamSlug: g.teamSlug,
      })),
    })),
    waste: {
      currency: waste.currency,
      monthlyCost: counted.waste.monthlyCost.toFixed(2),
      count: counted.waste.count,
      unpricedCount: counted.waste.unpricedCount,
    },
    savings: {
      currency: recommendations.currency,
      monthlyCost: counted.savings.monthlyCost.toFixed(2),
      count: counted.savings.count,
      unpricedCount: counted.savings.unpricedCount,
      overlappingVolumes: counted.savings.overlappingVolumes,
      leftOutForWaste: counted.savings.leftOutForWaste.toFixed(2),
    },
    anomalies: {
      from: anomalies.from,
      to: anomalies.to,
      count: anomalies.anomalies.length,
      items: anomalies.anomalies.slice(0, ANOMALIES_SHOWN),
    },
  };
}

export type MoneyOverview = Awaited<ReturnType<typeof getMoneyOverview>>;
