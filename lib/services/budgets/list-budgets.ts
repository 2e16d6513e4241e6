import { budgetStatus } from "../../costing/budgets/budget-status";
import { isoDayOf } from "../../costing/day-window";
import { forecastDays } from "../../costing/forecast/forecast-days";
import type { Db } from "../../db/prisma";
import { dec } from "../../pricing/decimal";
import { listComponentDayCosts } from "../../queries/forecasts/list-component-day-costs";
import { getForecast } from "../forecasts/get-forecast";
import { type ServiceCall, type ServiceContext, scopedTeamIds } from "../service-context";
import { budgetJson } from "./budget-json";
import { BUDGET_SCOPES, type BudgetScopeKind, GROUPING_OF_SCOPE } from "./budget-params";
import { mayWriteBudgets } from "./require-budget-writer";

/** A reader scoped to teams sees the budgets of groups they own: their teams and namespaces. */
const SCOPED_KINDS: readonly BudgetScopeKind[] = ["team", "namespace"];

async function groupsOf(db: Db, ctx: ServiceContext, kind: BudgetScopeKind, now: Date) {
  const by = GROUPING_OF_SCOPE[kind];
  const days = forecastDays(isoDayOf(now));
  const [forecast, rows] = await Promise.all([
    getForecast(db, { ctx, input: { by } }, now),
    days.monthToDate.length === 0
      ? []
      : listComponentDayCosts(db, {
          by,
          window: { from: days.monthToDate[0] as string, to: days.lastKnown },
          teamIds: scopedTeamIds(ctx),
        }),
  ]);
  return { forecast, rows };
}

/**
 * Every budget the actor may read with where it stands this month: spent and forecast against the
 * amount (in the budget's currency only), the thresholds crossed, and the burn-down.
 */
export async function listBudgets(db: Db, { ctx }: ServiceCall<Record<string, never>>, now = new Date()) {
  const scoped = scopedTeamIds(ctx) !== null;
  const budgets = (await db.budget.findMany({ orderBy: { name: "asc" } })).filter(
    (b) => !scoped || SCOPED_KINDS.includes(b.scopeKind),
  );
  const kinds = BUDGET_SCOPES.filter((kind) => budgets.some((b) => b.scopeKind === kind));
  const byKind = new Map(
    await Promise.all(kinds.map(async (k) => [k, await groupsOf(db, ctx, k, now)] as const)),
  );
  const results = [];
  for (const budget of budgets) {
    const { forecast, rows } = byKind.get(budget.scopeKind) as Awaited<ReturnType<typeof groupsOf>>;
    const group = forecast.groups.find((g) => g.key === budget.scopeKey && g.currency === budget.currency);
    // A scoped reader sees only budgets of groups with spend they may read.
    if (scoped && !group) continue;
    const daily = new Map<string, ReturnType<typeof dec>>();
    for (const row of rows) {
      if (row.group !== budget.scopeKey || row.currency !== budget.currency || row.cost === null) continue;
      daily.set(row.day, row.cost.plus(daily.get(row.day) ?? 0));
    }
    const monthEnd = group?.monthEnd
      ? {
          expected: dec(group.monthEnd.expected),
          low: dec(group.monthEnd.low),
          high: dec(group.monthEnd.high),
        }
      : null;
    const status = budgetStatus({
      monthlyAmount: dec(budget.monthlyAmount),
      actualThreshold: dec(budget.actualThreshold),
      forecastThreshold: dec(budget.forecastThreshold),
      monthToDate: dec(group?.monthToDate ?? "0"),
      monthEnd,
      days: [...daily].map(([day, cost]) => ({ day, cost })),
      month: forecast.month,
    });
    results.push({
      ...budgetJson(budget),
      month: forecast.month,
      monthToDate: group?.monthToDate ?? "0",
      monthEnd: group?.monthEnd ?? null,
      unpricedResourceDays: group?.unpricedResourceDays ?? 0,
      spentRatio: status.spentRatio?.toNumber() ?? null,
      forecastRatio: status.forecastRatio?.toNumber() ?? null,
      actualCrossed: status.actualCrossed,
      forecastCrossed: status.forecastCrossed,
      burnDown: status.burnDown.map((p) => ({
        day: p.day,
        remaining: p.remaining?.toFixed(2) ?? null,
        forecastRemaining: p.forecastRemaining?.toFixed(2) ?? null,
        evenRemaining: p.evenRemaining.toFixed(2),
      })),
    });
  }
  return { mayWrite: mayWriteBudgets(ctx), budgets: results };
}

export type BudgetsResult = Awaited<ReturnType<typeof listBudgets>>;
export type BudgetWithStatus = BudgetsResult["budgets"][number];
