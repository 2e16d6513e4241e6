"use client";
import { TableScroll } from "@/components/ui/table-scroll";
import { useForecastQuery } from "@/hooks/queries/use-forecast-query";
import { unpricedResourceDaysText } from "@/lib/costing/cost-amount";
import { formatMoney } from "@/lib/format-money";
import type { ForecastGrouping } from "@/lib/services/forecasts/forecast-params";
import { forecastText } from "./forecast-figure";

/**
 * This month's month-end and next month's forecast of one group (or every group of a grouping, the
 * largest first), as GET /api/v1/forecast gives them, with the prediction interval.
 */
export function ForecastPanel(props: {
  by: ForecastGrouping;
  /** One group's key; absent: the largest groups. */
  groupKey?: string;
  cluster?: string;
  currency?: string;
  title: string;
}) {
  const { data, error, isPending } = useForecastQuery({
    by: props.by,
    cluster: props.cluster,
    currency: props.currency,
  });
  const groups =
    data?.groups.filter((g) => props.groupKey === undefined || g.key === props.groupKey).slice(0, 5) ?? [];
  return (
    <section
      aria-label={props.title}
      className="rounded-lg border border-slate-200 bg-white p-5"
      data-testid="forecast-panel"
    >
      <h2 className="font-medium text-lg">{props.title}</h2>
      {isPending ? <p className="mt-2 text-slate-500 text-sm">Forecasting…</p> : null}
      {error ? (
        <p className="mt-2 text-red-700 text-sm">Could not load the forecast: {error.message}</p>
      ) : null}
      {data ? (
        <>
          <p className="mt-1 text-slate-500 text-xs">
            Made on {data.madeOn} from the facts through {data.lastKnownDay}; in brackets the{" "}
            {Math.round(data.method.intervalCoverage * 100)} % prediction interval.
          </p>
          {groups.length === 0 ? (
            <p className="mt-3 text-slate-500 text-sm" data-testid="forecast-none">
              No spend this month to forecast from.
            </p>
          ) : (
            <TableScroll>
              <table className="mt-3 w-full text-sm">
                <thead className="text-left text-slate-500">
                  <tr>
                    {props.groupKey === undefined ? <th className="py-1 font-medium">Group</th> : null}
                    <th className="py-1 text-right font-medium">Spent in {data.month}</th>
                    <th className="py-1 text-right font-medium">Month-end forecast</th>
                    <th className="py-1 text-right font-medium">{data.nextMonth} forecast</th>
                  </tr>
                </thead>
                <tbody>
                  {groups.map((g) => (
                    <tr
                      key={`${g.key}/${g.currency}`}
                      className="border-slate-100 border-t"
                      data-testid={`forecast-row-${g.key}`}
                    >
                      {props.groupKey === undefined ? <td className="py-1">{g.key}</td> : null}
                      <td className="py-1 text-right tabular-nums" data-testid="month-to-date">
                        {g.unpriced
                          ? unpricedResourceDaysText(g.unpricedResourceDays)
                          : formatMoney(g.monthToDate, g.currency)}
                      </td>
                      <td className="py-1 text-right tabular-nums" data-testid="month-end">
                        {forecastText(g.monthEnd, g.currency, g.unpricedResourceDays)}
                      </td>
                      <td className="py-1 text-right tabular-nums" data-testid="next-month">
                        {forecastText(g.nextMonth, g.currency, g.unpricedResourceDays)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      ) : null}
    </section>
  );
}
