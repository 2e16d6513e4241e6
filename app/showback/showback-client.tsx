"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ChartAreaSpendByGroup } from "@/components/charts/chart-area-spend-by-group";
import { ClosedMonthsBanner } from "@/components/closed-months-banner";
import { ClusterSelect } from "@/components/cluster-select";
import { ForecastPanel } from "@/components/forecast/forecast-panel";
import { CostsError, CostsLoading, NoCosts } from "@/components/showback/cost-states";
import { CurrencyNotice } from "@/components/showback/currency-notice";
import { formatWindow } from "@/components/showback/format-cost";
import { ShowbackSummary } from "@/components/showback/showback-summary";
import { ShowbackTable } from "@/components/showback/showback-table";
import { UnallocatedOwners } from "@/components/showback/unallocated-owners";
import { WindowPicker } from "@/components/showback/window-picker";
import { Pager } from "@/components/ui/pager";
import { useShowbackQuery } from "@/hooks/queries/use-showback-query";
import { addDays } from "@/lib/costing/cost-window";
import { SHOWBACK_GROUPINGS } from "@/lib/services/showback/showback-params";
import { href, windowSearch } from "@/lib/services/showback/window-page-params";
import {
  showbackQuery,
  type TShowbackSearchParams,
  ZShowbackSearchParams,
} from "../../lib/services/showback/showback-page-params";

const GROUPING_LABELS: Record<(typeof SHOWBACK_GROUPINGS)[number], string> = {
  cluster: "Cluster",
  namespace: "Namespace",
  team: "Team",
  "cost-centre": "Cost centre",
  "storage-class": "Storage class",
  category: "Category",
};

export function ShowbackClient({ today }: { today: string }) {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = ZShowbackSearchParams.parse(Object.fromEntries(searchParams));
  const query = showbackQuery(params, today);
  const { data, error, isPending } = useShowbackQuery(query);

  const url = (next: Partial<TShowbackSearchParams>) => {
    const merged = { ...params, page: 1, ...next };
    return href(pathname, {
      ...windowSearch(merged),
      by: merged.by,
      cluster: merged.cluster,
      page: merged.page > 1 ? merged.page : undefined,
    });
  };
  const navigate = (next: Partial<TShowbackSearchParams>) => router.push(url(next));
  const window = windowSearch(params);

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-semibold text-2xl">Showback</h1>
          <p className="mt-1 text-slate-500 text-sm">
            What storage cost, {formatWindow(query)}, by {GROUPING_LABELS[params.by].toLowerCase()}
            {params.cluster ? ` in ${params.cluster}` : " across every cluster"}. Every figure opens the facts
            it adds up.
          </p>
        </div>
      </header>
      <ClosedMonthsBanner closedMonths={data?.closedMonths} />
      <div className="flex flex-wrap items-center gap-4">
        <WindowPicker params={params} window={query} onChange={(next) => navigate(next)} />
        <label className="text-sm">
          <span className="mr-2 text-slate-500">Group by</span>
          <select
            aria-label="Group by"
            className="rounded-md border border-slate-300 bg-white px-2 py-1"
            value={params.by}
            onChange={(e) => navigate({ by: e.target.value as TShowbackSearchParams["by"] })}
          >
            {SHOWBACK_GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {GROUPING_LABELS[g]}
              </option>
            ))}
          </select>
        </label>
        <ClusterSelect
          clusters={data?.clusters ?? (params.cluster ? [params.cluster] : [])}
          value={params.cluster}
          onChange={(cluster) => navigate({ cluster })}
        />
      </div>

      {isPending ? (
        <CostsLoading label="Loading costs" />
      ) : error ? (
        <CostsError error={error} />
      ) : data.totals.factCount === 0 ? (
        <NoCosts
          window={query}
          factDays={data.factDays}
          latestHref={
            data.factDays
              ? url({ window: "custom", from: addDays(data.factDays.last, -29), to: data.factDays.last })
              : undefined
          }
        />
      ) : (
        <>
          <CurrencyNotice
            currency={data.currency}
            currencies={data.currencies}
            hrefFor={(currency) =>
              href(pathname, {
                ...windowSearch({ ...params, currency }),
                by: params.by,
                cluster: params.cluster,
              })
            }
          />
          <ShowbackSummary result={data} window={window} />
          <ForecastPanel
            by={params.by}
            cluster={params.cluster}
            currency={data.currency}
            title="Forecast: the largest groups this month"
          />
          <section className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="font-medium text-lg">Daily spend</h2>
            <p className="mt-1 text-slate-500 text-xs">
              The largest groups of this page, stacked; the rest as one band.
            </p>
            <div className="mt-4">
              <ChartAreaSpendByGroup result={data} />
            </div>
          </section>
          <section className="rounded-lg border border-slate-200 bg-white p-5">
            <ShowbackTable result={data} window={window} />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.groupCount}
              noun="groups"
              onPage={(page) => navigate({ page })}
            />
          </section>
          <UnallocatedOwners result={data} window={window} />
        </>
      )}
    </div>
  );
}
