import { forecastText } from "@/components/forecast/forecast-figure";
import { factsHref, showbackHref } from "@/components/showback/cost-links";
import { formatCostAmount } from "@/lib/costing/cost-amount";
import { formatMoney } from "@/lib/format-money";
import { dec } from "@/lib/pricing/decimal";
import type { MoneyOverview } from "@/lib/services/overview/get-money-overview";
import { LinkTile } from "./link-tile";

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;
/** part / whole in exact decimals, as a percentage; null when the whole is zero. */
const share = (part: string, whole: string) =>
  dec(whole).isZero() ? null : `${dec(part).div(whole).times(100).toFixed(1)} %`;

/** "up 4.2 % on the 30 days before", "down …", or nothing to compare with. */
function trendText(ratio: number | null, previousTotal: string, currency: string) {
  if (ratio === null) return "no spend in the 30 days before";
  const direction = ratio >= 0 ? "up" : "down";
  return `${direction} ${percent(Math.abs(ratio))} on the 30 days before (${formatMoney(previousTotal, currency)})`;
}

/** The Overview's headline figures, each linking to the page behind it. */
export function MoneyTiles({ data }: { data: MoneyOverview }) {
  const { currency, monthToDate, last30Days, forecast, budgets, waste, savings } = data;
  const thisMonth = { window: "this-month" };
  const last30 = { window: "30d" };
  const unpricedShare =
    last30Days.resourceDays === 0 ? null : percent(last30Days.unpricedResourceDays / last30Days.resourceDays);
  return (
    <section aria-label="Spend" className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <LinkTile
        label={`Spend this month (${monthToDate.window.from} – ${monthToDate.window.to})`}
        href={showbackHref(thisMonth, "team")}
        testId="tile-month-to-date"
        value={formatCostAmount(monthToDate, currency)}
      />
      <LinkTile
        label={`Spend last 30 days (${last30Days.window.from} – ${last30Days.window.to})`}
        href={showbackHref(last30, "team")}
        testId="tile-last-30-days"
        value={formatCostAmount(last30Days, currency)}
      >
        <span data-testid="trend">
          {trendText(last30Days.changeRatio, last30Days.previousTotal, currency)}
        </span>
      </LinkTile>
      <LinkTile
        label={`Month-end forecast (${forecast.month})`}
        href="/budgets"
        testId="tile-forecast"
        value={
          forecast.monthEnd
            ? formatCostAmount(
                { total: forecast.monthEnd.expected, unpricedResourceDays: forecast.unpricedResourceDays },
                currency,
              )
            : forecastText(null, currency, forecast.unpricedResourceDays)
        }
      >
        {forecast.monthEnd ? (
          <p data-testid="interval">
            {Math.round(forecast.intervalCoverage * 100)} % interval{" "}
            {formatMoney(forecast.monthEnd.low, currency)} – {formatMoney(forecast.monthEnd.high, currency)}
          </p>
        ) : null}
        <p data-testid="against-budget">
          {budgets.fleetAmount === null
            ? "no fleet budget set"
            : `fleet budget ${formatMoney(budgets.fleetAmount, currency)}${forecast.monthEnd ? ` (${share(forecast.monthEnd.expected, budgets.fleetAmount)})` : ""}`}
          {budgets.count > 0
            ? `; ${budgets.forecastCrossed} of ${budgets.count} budgets forecast over threshold`
            : ""}
        </p>
      </LinkTile>
      <LinkTile
        label="Unallocated, last 30 days"
        href={factsHref(last30, { allocation: "unallocated", label: "Unallocated spend" })}
        testId="tile-unallocated"
        value={formatMoney(last30Days.unallocated, currency)}
      >
        {share(last30Days.unallocated, last30Days.total) ?? "no spend"} of the spend has no owner
      </LinkTile>
      <LinkTile
        label="Waste per month"
        href="/waste"
        testId="tile-waste"
        value={formatMoney(waste.monthlyCost, waste.currency)}
      >
        {waste.count} findings
        {waste.unpricedCount > 0 ? `, ${waste.unpricedCount} unpriced (not counted)` : ""}
      </LinkTile>
      <LinkTile
        label="Savings available per month"
        href="/recommendations"
        testId="tile-savings"
        value={formatMoney(savings.monthlyCost, savings.currency)}
      >
        {savings.count} recommendations, beyond the waste: {savings.overlappingVolumes} volumes that are also
        waste count once, as waste ({formatMoney(savings.leftOutForWaste, savings.currency)} left out)
      </LinkTile>
      <LinkTile
        label="Unpriced, last 30 days"
        href={factsHref(last30, { status: "unpriced", label: "Unpriced resources" })}
        testId="tile-unpriced"
        value={unpricedShare ?? "no resources"}
      >
        {last30Days.unpricedResourceDays} of {last30Days.resourceDays} resource-days have no known price:
        unknown, not $0
      </LinkTile>
    </section>
  );
}
