"use client";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ClosedMonthsBanner } from "@/components/closed-months-banner";
import { ForecastPanel } from "@/components/forecast/forecast-panel";
import { namespaceHref, showbackHref } from "@/components/showback/cost-links";
import { CostsError, CostsLoading, NoCosts } from "@/components/showback/cost-states";
import { CurrencyNotice } from "@/components/showback/currency-notice";
import { formatChange, formatWindow } from "@/components/showback/format-cost";
import { change } from "@/components/showback/money-change";
import {
  OwnerBreakdowns,
  OwnerResources,
  OwnerSummary,
  OwnerTrend,
  OwnerWorkloads,
} from "@/components/showback/owner-costs-sections";
import { WindowPicker } from "@/components/showback/window-picker";
import { TableScroll } from "@/components/ui/table-scroll";
import { useTeamCostsQuery } from "@/hooks/queries/use-team-costs-query";
import { formatMoney } from "@/lib/format-money";
import {
  ownerQuery,
  type TOwnerSearchParams,
  ZOwnerSearchParams,
} from "@/lib/services/showback/owner-page-params";
import { href, windowSearch } from "@/lib/services/showback/window-page-params";

export function TeamClient(props: { slug: string; today: string }) {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = ZOwnerSearchParams.parse(Object.fromEntries(searchParams));
  const query = { slug: props.slug, ...ownerQuery(params, props.today) };
  const { data, error, isPending } = useTeamCostsQuery(query);
  const window = windowSearch(params);
  const navigate = (next: Partial<TOwnerSearchParams>) => {
    const merged = { ...params, page: 1, ...next };
    router.push(href(pathname, { ...windowSearch(merged), page: merged.page > 1 ? merged.page : undefined }));
  };

  return (
    <div className="space-y-6">
      <header>
        <p className="text-slate-500 text-sm">
          <Link className="hover:underline" href={showbackHref(window, "team")}>
            Showback
          </Link>{" "}
          › Teams
        </p>
        <h1 className="mt-1 font-semibold text-2xl">
          {data ? `Team ${data.team.name}` : `Team ${props.slug}`}
        </h1>
        {data && (
          <p className="mt-1 text-slate-500 text-sm">
            {formatWindow(query)} · {data.namespaces.length} namespaces
            {data.team.costCentre ? ` · cost centre ${data.team.costCentre}` : ""}
          </p>
        )}
      </header>
      <ClosedMonthsBanner closedMonths={data?.closedMonths} />
      <WindowPicker params={params} window={query} onChange={(next) => navigate(next)} />
      {isPending ? (
        <CostsLoading label="Loading the team's costs" />
      ) : error ? (
        <CostsError error={error} />
      ) : data.totals.factCount === 0 && data.likelyOwned.factCount === 0 ? (
        <NoCosts window={query} factDays={null} />
      ) : (
        <>
          <CurrencyNotice
            currency={data.currency}
            currencies={data.currencies}
            hrefFor={(currency) => href(pathname, windowSearch({ ...params, currency }))}
          />
          <OwnerSummary
            result={data}
            window={window}
            scope={{ team: data.team.slug, label: `Team ${data.team.name}` }}
          />
          <OwnerTrend result={data} />
          <ForecastPanel by="team" groupKey={data.team.slug} currency={data.currency} title="Forecast" />
          <section className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="font-medium text-lg">Namespaces</h2>
            <TableScroll>
              <table className="mt-3 w-full text-sm" data-testid="team-namespaces">
                <thead className="text-left text-slate-500">
                  <tr>
                    <th className="py-2 font-medium">Namespace</th>
                    <th className="py-2 text-right font-medium">Change</th>
                    <th className="py-2 text-right font-medium">Cost</th>
                  </tr>
                </thead>
                <tbody>
                  {data.namespaces.map((ns) => (
                    <tr key={`${ns.clusterName}/${ns.namespace}`} className="border-slate-100 border-t">
                      <td className="py-2">
                        <Link
                          className="text-blue-800 hover:underline"
                          href={namespaceHref(window, ns.clusterName, ns.namespace)}
                        >
                          {ns.namespace}
                        </Link>
                        <span className="ml-2 text-slate-500 text-xs">{ns.clusterName}</span>
                      </td>
                      <td className="py-2 text-right text-slate-600 tabular-nums">
                        {formatChange(change(ns.total, ns.previousTotal), ns.total)}
                      </td>
                      <td className="py-2 text-right tabular-nums">{formatMoney(ns.total, data.currency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
          <OwnerBreakdowns result={data} window={window} scope={{ team: data.team.slug }} />
          <OwnerWorkloads result={data} />
          <OwnerResources
            result={data}
            window={window}
            scope={{ team: data.team.slug }}
            onPage={(page) => navigate({ page })}
          />
        </>
      )}
    </div>
  );
}
