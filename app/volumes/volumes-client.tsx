"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { ClusterSelect } from "@/components/cluster-select";
import { CostsError, CostsLoading } from "@/components/showback/cost-states";
import { VolumesTable } from "@/components/showback/volumes-table";
import { Pager } from "@/components/ui/pager";
import { useVolumesQuery } from "@/hooks/queries/use-volumes-query";
import { VOLUME_PHASES } from "@/lib/services/showback/showback-params";
import {
  type TVolumesSearchParams,
  volumesQuery,
  ZVolumesSearchParams,
} from "@/lib/services/showback/volumes-page-params";
import { href } from "@/lib/services/showback/window-page-params";

const SORT_LABELS = {
  "cost-desc": "Cost, highest first",
  "cost-asc": "Cost, lowest first",
  "capacity-desc": "Capacity, largest first",
  "name-asc": "Name",
} as const;

const select = "rounded-md border border-slate-300 bg-white px-2 py-1";

export function VolumesClient() {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = ZVolumesSearchParams.parse(Object.fromEntries(searchParams));
  const { data, error, isPending } = useVolumesQuery(volumesQuery(params));
  const [search, setSearch] = useState(params.search ?? "");
  const [namespace, setNamespace] = useState(params.namespace ?? "");

  const navigate = (next: Partial<TVolumesSearchParams>) => {
    const merged = { ...params, page: 1, ...next };
    router.push(
      href(pathname, {
        ...merged,
        include: merged.include === "live" ? undefined : merged.include,
        sort: merged.sort === "cost-desc" ? undefined : merged.sort,
        page: merged.page > 1 ? merged.page : undefined,
      }),
    );
  };

  return (
    <div className="space-y-6">
      <header>
        <h1 className="font-semibold text-2xl">Volumes</h1>
        <p className="mt-1 text-slate-500 text-sm">
          Every PersistentVolume with its claim, class, size and phase, and what a month costs at its latest
          day's rate.
        </p>
      </header>
      <form
        className="flex flex-wrap items-center gap-3 text-sm"
        aria-label="Filters"
        onSubmit={(e) => {
          e.preventDefault();
          navigate({ search: search.trim() || undefined, namespace: namespace.trim() || undefined });
        }}
      >
        <ClusterSelect
          visibleLabel={false}
          className={select}
          clusters={data?.filterOptions.clusters ?? []}
          value={params.cluster}
          onChange={(cluster) => navigate({ cluster, storageClass: undefined })}
        />
        <select
          aria-label="Storage class"
          className={select}
          value={params.storageClass ?? ""}
          onChange={(e) => navigate({ storageClass: e.target.value || undefined })}
        >
          <option value="">All storage classes</option>
          {data?.filterOptions.storageClasses.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <select
          aria-label="Phase"
          className={select}
          value={params.phase ?? ""}
          onChange={(e) =>
            navigate({ phase: (e.target.value || undefined) as TVolumesSearchParams["phase"] })
          }
        >
          <option value="">Any phase</option>
          {VOLUME_PHASES.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        <input
          aria-label="Namespace"
          placeholder="Namespace"
          className={select}
          value={namespace}
          onChange={(e) => setNamespace(e.target.value)}
        />
        <input
          aria-label="Search"
          placeholder="Volume or claim name, or uid"
          className={`${select} w-64`}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-50">
          Filter
        </button>
        <label className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={params.include === "all"}
            onChange={(e) => navigate({ include: e.target.checked ? "all" : "live" })}
          />
          include deleted
        </label>
        <select
          aria-label="Sort"
          className={select}
          value={params.sort}
          onChange={(e) => navigate({ sort: e.target.value as TVolumesSearchParams["sort"] })}
        >
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </form>
      {isPending ? (
        <CostsLoading label="Loading volumes" />
      ) : error ? (
        <CostsError error={error} />
      ) : data.items.length === 0 ? (
        <section
          className="rounded-lg border border-slate-300 border-dashed bg-white p-8 text-center text-slate-600"
          data-testid="no-volumes"
        >
          No volumes match these filters.
        </section>
      ) : (
        <section className="rounded-lg border border-slate-200 bg-white p-5">
          <VolumesTable items={data.items} />
          <Pager
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            noun="volumes"
            onPage={(page) => navigate({ page })}
          />
        </section>
      )}
    </div>
  );
}
