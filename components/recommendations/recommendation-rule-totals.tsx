import Link from "next/link";
import { formatCount } from "@/lib/format";
import { formatMoney, formatSavings } from "@/lib/format-money";
import type { RecommendationsPage } from "@/lib/services/recommendations/get-recommendations-page";

/** Savings and count per rule, largest first; each card filters the list to its rule (again: all rules). */
export function RecommendationRuleTotals(props: {
  data: RecommendationsPage;
  href: (rule?: string) => string;
}) {
  const { data } = props;
  const active = data.filters.rule;
  const totals = [...data.totals].sort(
    (a, b) => Number(b.monthlySavings) - Number(a.monthlySavings) || b.count - a.count,
  );
  return (
    <section aria-label="Recommendations by rule" className="space-y-4">
      <div className="rounded-lg border border-slate-200 bg-white p-5" data-testid="recommendations-total">
        <p className="text-slate-500 text-sm">
          Open recommendations{data.filters.cluster ? ` in ${data.filters.cluster}` : " across the fleet"}{" "}
          {data.total.gpuMonthlyRecovered === null
            ? "would save"
            : "are worth (net of storage spent for GPU time)"}
          , per month
        </p>
        <p className="mt-1 font-semibold text-3xl tabular-nums">
          {formatMoney(data.total.monthlySavings, data.currency)}
          {data.total.gpuMonthlyRecovered !== null && (
            <span
              className="ml-3 font-normal text-base text-slate-700"
              data-testid="recommendations-total-split"
            >
              storage {formatSavings(data.total.storageMonthlySavings, data.currency)} · GPU time recovered{" "}
              {formatMoney(data.total.gpuMonthlyRecovered, data.currency)} (estimate)
            </span>
          )}
          <span className="ml-3 font-normal text-base text-slate-500">
            {formatCount(data.total.count)} recommendation(s)
            {data.total.unpricedCount > 0 &&
              ` · ${formatCount(data.total.unpricedCount)} unpriced, not in the total`}
          </span>
        </p>
      </div>
      <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {totals.map((total) => {
          const selected = active === total.rule;
          return (
            <li key={total.rule}>
              <Link
                href={props.href(selected ? undefined : total.rule)}
                aria-current={selected ? "true" : undefined}
                data-testid={`rule-total-${total.rule}`}
                title={total.description}
                className={`block h-full rounded-lg border bg-white p-4 hover:border-slate-400 ${selected ? "border-slate-900 ring-1 ring-slate-900" : "border-slate-200"} ${total.count === 0 ? "opacity-60" : ""}`}
              >
                <p className="font-medium text-slate-700 text-sm">{total.label}</p>
                <p className="mt-1 font-semibold text-xl tabular-nums" data-testid="rule-savings">
                  {total.count === 0 ? "—" : formatMoney(total.monthlySavings, total.currency)}
                </p>
                {total.count > 0 && total.gpuMonthlyRecovered !== null && (
                  <p className="text-slate-600 text-xs" data-testid="rule-savings-split">
                    storage {formatSavings(total.storageMonthlySavings, total.currency)} · GPU time recovered{" "}
                    {formatMoney(total.gpuMonthlyRecovered, total.currency)} (estimate)
                  </p>
                )}
                <p className="mt-1 text-slate-500 text-xs">
                  <span data-testid="rule-count">{formatCount(total.count)}</span> recommendation(s)
                  {total.unpricedCount > 0 && ` · ${formatCount(total.unpricedCount)} unpriced`}
                </p>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
