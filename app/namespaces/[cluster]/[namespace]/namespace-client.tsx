"use client";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ClosedMonthsBanner } from "@/components/closed-months-banner";
import { ForecastPanel } from "@/components/forecast/forecast-panel";
import { showbackHref, teamHref, volumesHref } from "@/components/showback/cost-links";
import { CostsError, CostsLoading, NoCosts } from "@/components/showback/cost-states";
import { CurrencyNotice } from "@/components/showback/currency-notice";
import { formatWindow } from "@/components/showback/format-cost";
import {
  OwnerBreakdowns,
  OwnerResources,
  OwnerSummary,
  OwnerTrend,
  OwnerWorkloads,
} from "@/components/showback/owner-costs-sections";
import { WindowPicker } from "@/components/showback/window-picker";
import { useNamespaceCostsQuery } from "@/hooks/queries/use-namespace-costs-query";
import {
  ownerQuery,
  type TOwnerSearchParams,
  ZOwnerSearchParams,
} from "@/lib/services/showback/owner-page-params";
import { href, windowSearch } from "@/lib/services/showback/window-page-params";

export function NamespaceClient(props: { cluster: string; namespace: string; today: string }) {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = ZOwnerSearchParams.parse(Object.fromEntries(searchParams));
  const query = { cluster: props.cluster, namespace: props.namespace, ...ownerQuery(params, props.today) };
  const { data, error, isPending } = useNamespaceCostsQuery(query);
  const window = windowSearch(params);
  const navigate = (next: Partial<TOwnerSearchParams>) => {
    const merged = { ...params, page: 1, ...next };
    router.push(href(pathname, { ...windowSearch(merged), page: merged.page > 1 ? merged.page : undefined }));
  };
  const scope = { cluster: props.cluster, namespace: props.namespace, label: `Namespace ${props.namespace}` };

  return (
    <div className="space-y-6">
      <header>
        <p className="text-slate-500 text-sm">
          <Link className="hover:underline" href={showbackHref(window, "namespace")}>
            Showback
          </Link>{" "}
          ›{" "}
          <Link className="hover:underline" href={showbackHref(window, "namespace", props.cluster)}>
            {props.cluster}
          </Link>
        </p>
        <h1 className="mt-1 font-semibold text-2xl">Namespace {props.namespace}</h1>
        {data && (
          <p className="mt-1 text-slate-500 text-sm">
            {formatWindow(query)} ·{" "}
            {data.namespace.team ? (
              <>
                team{" "}
                <Link
                  className="text-blue-800 hover:underline"
                  href={teamHref(window, data.namespace.team.slug)}
                >
                  {data.namespace.team.name}
                </Link>
              </>
            ) : (
              "no team"
            )}
            {data.namespace.costCentre ? ` · cost centre ${data.namespace.costCentre}` : ""}
            {data.namespace.deletedAt ? ` · deleted ${data.namespace.deletedAt.slice(0, 10)}` : ""} ·{" "}
            <Link
              className="text-blue-800 hover:underline"
              href={volumesHref({ cluster: props.cluster, namespace: props.namespace })}
            >
              its volumes
            </Link>
          </p>
        )}
      </header>
      <ClosedMonthsBanner closedMonths={data?.closedMonths} />
      <WindowPicker params={params} window={query} onChange={(next) => navigate(next)} />
      {isPending ? (
        <CostsLoading label="Loading the namespace's costs" />
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
          <OwnerSummary result={data} window={window} scope={scope} />
          <OwnerTrend result={data} />
          <ForecastPanel
            by="namespace"
            cluster={props.cluster}
            groupKey={`${props.cluster}/${props.namespace}`}
            currency={data.currency}
            title="Forecast"
          />
          <OwnerBreakdowns result={data} window={window} scope={scope} />
          <OwnerWorkloads result={data} />
          <OwnerResources result={data} window={window} scope={scope} onPage={(page) => navigate({ page })} />
        </>
      )}
    </div>
  );
}
