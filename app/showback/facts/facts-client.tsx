"use client";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ClosedMonthsBanner } from "@/components/closed-months-banner";
import { CostsError, CostsLoading, NoCosts } from "@/components/showback/cost-states";
import { CurrencyNotice } from "@/components/showback/currency-notice";
import { FactsTable } from "@/components/showback/facts-table";
import { formatWindow } from "@/components/showback/format-cost";
import { WindowPicker } from "@/components/showback/window-picker";
import { Pager } from "@/components/ui/pager";
import { useFactsQuery } from "@/hooks/queries/use-facts-query";
import { formatMoney } from "@/lib/format-money";
import { href, windowSearch } from "@/lib/services/showback/window-page-params";
import {
  factsQuery,
  type TFactsSearchParams,
  ZFactsSearchParams,
} from "../../../lib/services/showback/facts-page-params";

function describeFacts(params: TFactsSearchParams): string {
  if (params.label) return params.label;
  if (params.resourceUid) return `${params.resourceKind ?? "Resource"} ${params.resourceUid}`;
  if (params.namespace) return `Namespace ${params.namespace}`;
  return params.cluster ? `Cluster ${params.cluster}` : "Every resource";
}

export function FactsClient({ today }: { today: string }) {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = ZFactsSearchParams.parse(Object.fromEntries(searchParams));
  const query = factsQuery(params, today);
  const { data, error, isPending } = useFactsQuery(query);

  const navigate = (next: Partial<TFactsSearchParams>) => {
    const merged = { ...params, page: 1, ...next };
    const { window: _w, from: _f, to: _t, currency: _c, page, ...filters } = merged;
    router.push(href(pathname, { ...windowSearch(merged), ...filters, page: page > 1 ? page : undefined }));
  };
  const qualifiers = [
    params.allocation,
    params.status,
    params.likelyOwner ? `likely owner ${params.likelyOwner}` : undefined,
  ].filter(Boolean);

  return (
    <div className="space-y-6">
      <header>
        <p className="text-slate-500 text-sm">
          <Link className="hover:underline" href={href("/showback", windowSearch(params))}>
            Showback
          </Link>{" "}
          › Facts
        </p>
        <h1 className="mt-1 font-semibold text-2xl">Cost facts: {describeFacts(params)}</h1>
        <p className="mt-1 text-slate-500 text-sm">
          {formatWindow(query)}
          {qualifiers.length > 0 ? ` · ${qualifiers.join(" · ")}` : ""}. One row per resource, day and priced
          component: unit price × quantity × hours ÷ the month's hours = cost, with the price's source.
        </p>
      </header>
      <ClosedMonthsBanner closedMonths={data?.closedMonths} />
      <WindowPicker params={params} window={query} onChange={(next) => navigate(next)} />
      {isPending ? (
        <CostsLoading label="Loading facts" />
      ) : error ? (
        <CostsError error={error} />
      ) : data.totals.factCount === 0 ? (
        <NoCosts window={query} factDays={null} />
      ) : (
        <>
          <CurrencyNotice
            currency={data.currency}
            currencies={data.currencies}
            hrefFor={(currency) =>
              href(pathname, { ...Object.fromEntries(searchParams), currency, page: undefined })
            }
          />
          <p className="rounded-md bg-white px-4 py-3 text-sm shadow-sm" data-testid="facts-summary">
            {data.totals.factCount === 1
              ? "This fact comes to"
              : `These ${data.totals.factCount} facts add up to`}{" "}
            <strong
              className="tabular-nums"
              data-testid="facts-total"
              title={`${data.totals.cost} ${data.currency}`}
            >
              {formatMoney(data.totals.cost, data.currency)}
            </strong>
            {data.totals.unpricedFactCount > 0 && (
              <span className="text-rose-700">
                ;{" "}
                {data.totals.factCount === 1
                  ? "it has no price and adds nothing (it is not $0)"
                  : `${data.totals.unpricedFactCount} of them have no price and add nothing (they are not $0)`}
              </span>
            )}
            .
          </p>
          <section className="rounded-lg border border-slate-200 bg-white p-5">
            <FactsTable items={data.items} window={windowSearch(params)} />
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              noun="facts"
              onPage={(page) => navigate({ page })}
            />
          </section>
        </>
      )}
    </div>
  );
}
