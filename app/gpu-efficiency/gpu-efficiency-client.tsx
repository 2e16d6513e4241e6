"use client";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ClusterSelect } from "@/components/cluster-select";
import { GpuEfficiencySkeleton } from "@/components/gpu/gpu-efficiency-skeleton";
import { GpuIdleGroupsTable } from "@/components/gpu/gpu-idle-groups-table";
import { GpuIdleSummary } from "@/components/gpu/gpu-idle-summary";
import { GpuModelPanel } from "@/components/gpu/gpu-model-panel";
import { GpuRoiList } from "@/components/gpu/gpu-roi-list";
import { GpuWorkloadPanel } from "@/components/gpu/gpu-workload-panel";
import { WindowPicker } from "@/components/showback/window-picker";
import { Pager } from "@/components/ui/pager";
import { useGpuIdleQuery } from "@/hooks/queries/use-gpu-idle-query";
import { useGpuWorkloadQuery } from "@/hooks/queries/use-gpu-workload-query";
import {
  gpuIdleQuery,
  type TGpuEfficiencyParams,
  workloadRef,
  ZGpuEfficiencyParams,
} from "@/lib/services/gpu/gpu-efficiency-page-params";
import { href, windowSearch } from "@/lib/services/showback/window-page-params";
import { defaultWorkload } from "./default-workload";

export function GpuEfficiencyClient({ today }: { today: string }) {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = ZGpuEfficiencyParams.parse(Object.fromEntries(searchParams));
  const query = gpuIdleQuery(params, today);
  const { data, error, isPending, isFetching } = useGpuIdleQuery(query);
  const selected = params.workload ?? (data ? defaultWorkload(data) : null);
  const workload = useGpuWorkloadQuery({
    window: query.window,
    workload: selected ? workloadRef(selected) : null,
  });

  const navigate = (next: Partial<TGpuEfficiencyParams>) => {
    const merged = { ...params, page: 1, ...next };
    router.push(
      href(pathname, {
        ...windowSearch(merged),
        by: merged.by === "workload" ? undefined : merged.by,
        cluster: merged.cluster,
        page: merged.page > 1 ? merged.page : undefined,
        workload: merged.workload,
      }),
      { scroll: false },
    );
  };

  if (isPending) return <GpuEfficiencySkeleton />;
  if (error) {
    return (
      <div className="space-y-3">
        <h1 className="font-semibold text-2xl">GPU efficiency</h1>
        <p className="text-red-700">Could not load GPU efficiency: {error.message}</p>
        <Link href={pathname} className="text-blue-700 text-sm hover:underline">
          Show every cluster for the last 30 days
        </Link>
      </div>
    );
  }

  return (
    <div className="space-y-6" aria-busy={isFetching}>
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-semibold text-2xl">GPU efficiency</h1>
          <p className="mt-1 max-w-3xl text-slate-500 text-sm">
            GPU-hours allocated and left idle, what the idle hours cost at each node's GPU-hour price, how
            much of it was spent waiting on storage, and what a faster tier would return. {data.window.from} …{" "}
            {data.window.to} ({data.window.hours.toFixed(0)} h), in {data.currency}. Storage attribution and
            returns are estimates.
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <WindowPicker params={params} window={query.window} onChange={(next) => navigate(next)} />
          <ClusterSelect
            clusters={data.clusters}
            value={params.cluster}
            onChange={(cluster) => navigate({ cluster, workload: undefined })}
          />
        </div>
      </header>

      {data.warnings.length > 0 && <p className="text-amber-700 text-sm">{data.warnings.join(" · ")}</p>}

      {data.totals.podCount === 0 ? (
        <section
          className="rounded-lg border border-slate-200 bg-white p-6 text-slate-600"
          data-testid="gpu-empty"
        >
          {data.clusters.length === 0 ? (
            <>
              No clusters yet. Run <code className="font-mono">tierscope demo</code> for a demo fleet, or
              import one with <code className="font-mono">tierscope import kube --cluster NAME</code>, then
              its GPU metrics with <code className="font-mono">tierscope import metrics</code>.
            </>
          ) : (
            `No GPU pods ran ${params.cluster ? `in ${params.cluster} ` : ""}between ${data.window.from} and ${data.window.to}.`
          )}
        </section>
      ) : (
        <>
          <GpuIdleSummary report={data} />
          <GpuIdleGroupsTable
            by={data.by}
            groups={data.groups}
            currency={data.currency}
            selected={selected}
            onBy={(by) => navigate({ by })}
            onSelect={(key) => navigate({ workload: key, page: params.page })}
          />
          <Pager
            page={data.page}
            pageSize={data.pageSize}
            total={data.groupCount}
            noun="group(s)"
            hideWhenSingle
            onPage={(page) => navigate({ page, workload: params.workload })}
          />
          <GpuWorkloadPanel detail={workload.data} error={workload.error} loading={workload.isFetching} />
          <GpuRoiList
            items={data.storageBound}
            onSelect={(key) => navigate({ workload: key, page: params.page })}
          />
        </>
      )}
      <GpuModelPanel settings={data.settings} />
    </div>
  );
}
