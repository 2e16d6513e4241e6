"use client";
import { ChartLineBudgetBurnDown } from "@/components/charts/chart-line-budget-burn-down";
import { forecastText } from "@/components/forecast/forecast-figure";
import { formatMoney } from "@/lib/format-money";
import type { BudgetWithStatus } from "@/lib/services/budgets/list-budgets";

const percent = (ratio: number | null) => (ratio === null ? "–" : `${(ratio * 100).toFixed(1)} %`);
const thresholdPercent = (share: string) => `${(Number(share) * 100).toFixed(0)} %`;

/** One budget: spent and forecast against the amount, the thresholds crossed, the burn-down. */
export function BudgetCard(props: {
  budget: BudgetWithStatus;
  mayWrite: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { budget } = props;
  const money = (amount: string) => formatMoney(amount, budget.currency);
  return (
    <article
      className="rounded-lg border border-slate-200 bg-white p-5"
      data-testid={`budget-${budget.name}`}
    >
      <header className="flex items-baseline justify-between gap-4">
        <div>
          <h2 className="font-medium text-lg">{budget.name}</h2>
          <p className="text-slate-500 text-xs">
            {budget.scopeKind.replace("_", " ")}
            {budget.scopeKey ? ` ${budget.scopeKey}` : ""} · {money(budget.monthlyAmount)} a month ·{" "}
            {budget.month}
          </p>
        </div>
        {props.mayWrite ? (
          <div className="flex gap-2 text-sm">
            <button type="button" className="text-blue-800 hover:underline" onClick={props.onEdit}>
              Edit
            </button>
            <button type="button" className="text-red-700 hover:underline" onClick={props.onDelete}>
              Delete
            </button>
          </div>
        ) : null}
      </header>
      <dl className="mt-3 grid grid-cols-2 gap-3 text-sm md:grid-cols-4">
        <div>
          <dt className="text-slate-500">Spent to date</dt>
          <dd className="tabular-nums" data-testid="month-to-date">
            {money(budget.monthToDate)} ({percent(budget.spentRatio)})
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Month-end forecast</dt>
          <dd className="tabular-nums" data-testid="month-end">
            {forecastText(budget.monthEnd, budget.currency, budget.unpricedResourceDays)} (
            {percent(budget.forecastRatio)})
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Actual threshold {thresholdPercent(budget.actualThreshold)}</dt>
          <dd data-testid="actual-crossed" className={budget.actualCrossed ? "font-medium text-red-700" : ""}>
            {budget.actualCrossed ? "crossed" : "not crossed"}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Forecast threshold {thresholdPercent(budget.forecastThreshold)}</dt>
          <dd
            data-testid="forecast-crossed"
            className={budget.forecastCrossed ? "font-medium text-red-700" : ""}
          >
            {budget.forecastCrossed ? "crossed" : "not crossed"}
          </dd>
        </div>
      </dl>
      <div className="mt-3">
        <ChartLineBudgetBurnDown budget={budget} />
      </div>
    </article>
  );
}
