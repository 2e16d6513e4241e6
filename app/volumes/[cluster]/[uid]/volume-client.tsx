"use client";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ChartBarCostByComponent } from "@/components/charts/chart-bar-cost-by-component";
import { ChartLineUsageVolume } from "@/components/charts/chart-line-usage-volume";
import { ClosedMonthsBanner } from "@/components/closed-months-banner";
import { factsHref, volumesHref } from "@/components/showback/cost-links";
import { CostsError, CostsLoading } from "@/components/showback/cost-states";
import { CurrencyNotice } from "@/components/showback/currency-notice";
import { formatWindow } from "@/components/showback/format-cost";
import { MoneyLink } from "@/components/showback/money-link";
import { VolumeCostDays, VolumeFacts, VolumeRevisions } from "@/components/showback/volume-sections";
import { WindowPicker } from "@/components/showback/window-picker";
import { useVolumeDetailQuery } from "@/hooks/queries/use-volume-detail-query";
import {
  href,
  resolveWindow,
  type TWindowSearchParams,
  windowSearch,
  ZWindowSearchParams,
} from "@/lib/services/showback/window-page-params";
import { volumeDetailQuery } from "../../../../lib/services/showback/volume-page-params";

export function VolumeClient(props: { cluster: string; uid: string; today: string }) {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = ZWindowSearchParams.parse(Object.fromEntries(searchParams));
  const query = volumeDetailQuery(
    props.cluster,
    props.uid,
    resolveWindow(params, props.today),
    params.currency,
  );
  const { data, error, isPending } = useVolumeDetailQuery(query);
  const window = windowSearch(params);
  const hasDataAccess = data?.costHistory.some((day) =>
    day.components.some((c) => c.category === "data-access"),
  );
  const navigate = (next: Partial<TWindowSearchParams>) =>
    router.push(href(pathname, windowSearch({ ...params, ...next })));

  return (
    <div className="space-y-6">
      <header>
        <p className="text-slate-500 text-sm">
          <Link className="hover:underline" href={volumesHref({})}>
            Volumes
          </Link>{" "}
          ›{" "}
          <Link className="hover:underline" href={volumesHref({ cluster: props.cluster })}>
            {props.cluster}
          </Link>
        </p>
        <h1 className="mt-1 break-all font-semibold text-2xl">{data?.volume.name ?? props.uid}</h1>
        <p className="mt-1 text-slate-500 text-sm">
          PersistentVolume {props.uid} · {formatWindow(query)}
        </p>
      </header>
      <ClosedMonthsBanner closedMonths={data?.closedMonths} />
      <WindowPicker params={params} window={query} onChange={(next) => navigate(next)} />
      {isPending ? (
        <CostsLoading label="Loading the volume" />
      ) : error ? (
        <CostsError error={error} />
      ) : (
        <>
          <VolumeFacts detail={data} window={window} />
          <CurrencyNotice
            currency={data.currency}
            currencies={data.currencies}
            hrefFor={(currency) => href(pathname, windowSearch({ ...params, currency }))}
          />
          <section className="rounded-lg border border-slate-200 bg-white p-5">
            <div className="flex items-baseline justify-between">
              <h2 className="font-medium text-lg">Cost by day and component</h2>
              <span className="text-sm" data-testid="volume-total">
                {formatWindow(query)}:{" "}
                <MoneyLink
                  amount={data.total}
                  currency={data.currency}
                  href={factsHref(window, {
                    cluster: props.cluster,
                    resourceUid: props.uid,
                    label: data.volume.name,
                  })}
                />
                {hasDataAccess && (
                  <span className="ml-2 text-slate-500" data-testid="volume-data-access">
                    of which data access{" "}
                    <MoneyLink
                      amount={data.dataAccessTotal}
                      currency={data.currency}
                      href={factsHref(window, {
                        cluster: props.cluster,
                        resourceKind: "VolumeDataAccess",
                        resourceUid: props.uid,
                        label: `${data.volume.name} data access`,
                      })}
                    />
                  </span>
                )}
              </span>
            </div>
            {data.costHistory.length === 0 ? (
              <p className="mt-4 text-slate-500 text-sm" data-testid="no-costs">
                No costs computed yet for this window
                {data.factDays
                  ? ` (this volume has costs from ${data.factDays.first} to ${data.factDays.last})`
                  : ""}
                .
              </p>
            ) : (
              <>
                <div className="mt-4">
                  <ChartBarCostByComponent detail={data} />
                </div>
                <VolumeCostDays detail={data} window={window} />
              </>
            )}
          </section>
          <section className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="font-medium text-lg">Usage</h2>
            <p className="mt-1 text-slate-500 text-xs">
              Used bytes as kubelet reports them for the claims this volume was bound to, against its
              capacity.
            </p>
            {data.usage.length === 0 ? (
              <p className="mt-4 text-slate-500 text-sm">No usage samples in this window.</p>
            ) : (
              <div className="mt-4">
                <ChartLineUsageVolume detail={data} />
              </div>
            )}
          </section>
          <section className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="font-medium text-lg">History</h2>
            <VolumeRevisions detail={data} />
          </section>
        </>
      )}
    </div>
  );
}
