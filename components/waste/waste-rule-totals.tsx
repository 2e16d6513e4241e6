import Link from "next/link";
import { formatCount } from "@/lib/format";
import { formatMoney } from "@/lib/format-money";
import type { WastePage } from "@/lib/services/waste/get-waste-page";

/** $/month and count per rule; each card filters the list to its rule (again: all rules). */
export function WasteRuleTotals({ data, href }: { data: WastePage; href: (rule?: string) => string }) {
  const active = data.filters.rule;
  return (
    <section aria-label="Waste by rule" className="space-y-4">
      <div className="rounded-lg border border-slate-200 bg-white p-5" data-testid="waste-total">
        <p className="text-slate-500 text-sm">
          Waste{data.filters.cluster ? ` in ${data.filters.cluster}` : " across the fleet"}, per month
        </p>
        <p className="mt-1 font-semibold text-3xl tabular-nums">
          {formatMoney(data.total.monthlyCost, data.currency)}
          <span className="ml-3 font-normal text-base text-slate-500">
            {formatCount(data.total.count)} finding(s)
            {data.total.estimatedCount > 0 && ` · ${formatCount(data.total.estimatedCount)} estimated`}
            {data.total.unpricedCount > 0 &&
              ` · ${formatCount(data.total.unpricedCount)} unpriced, not in the total`}
          </span>
        </p>
      </div>
      <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {data.totals.map((total) => {
          const selected = active === total.rule;
          return (
            <li key={total.rule}>
              <Link
                href={href(selected ? undefined : total.rule)}
                aria-current={selected ? "true" : undefined}
                data-testid={`rule-total-${total.rule}`}
                title={total.description}
                className={`block h-full rounded-lg border bg-white p-4 hover:border-slate-400 ${selected ? "border-slate-900 ring-1 ring-slate-900" : "border-slate-200"} ${total.count === 0 ? "opacity-60" : ""}`}
              >
                <p className="font-medium text-slate-700 text-sm">{total.label}</p>
                <p className="mt-1 font-semibold text-xl tabular-nums" data-testid="rule-cost">
                  {total.count === 0 ? "—" : formatMoney(total.monthlyCost, total.currency)}
                </p>
                <p className="mt-1 text-slate-500 text-xs">
                  <span data-testid="rule-count">{formatCount(total.count)}</span> finding(s)
                  {total.estimatedCount > 0 && ` · ${formatCount(total.estimatedCount)} est.`}
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
