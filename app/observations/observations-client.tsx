"use client";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import type { ReactNode } from "react";
import { ClusterSelect } from "@/components/cluster-select";
import { Pager } from "@/components/ui/pager";
import { QueryFallback } from "@/components/ui/query-state";
import { TableScroll } from "@/components/ui/table-scroll";
import { useObservationsQuery } from "@/hooks/queries/use-observations-query";
import { formatCount } from "@/lib/format";
import type { ObservationListItem } from "@/lib/services/observations/get-observations";
import { ZObservationsParams } from "@/lib/services/observations/observations-params";

const COUNTS = ["seen", "new", "changed", "deleted", "skipped"] as const;

function total(o: ObservationListItem, key: (typeof COUNTS)[number]) {
  return key === "skipped" ? o.skippedCount : o.kinds.reduce((sum, k) => sum + k[key], 0);
}

function KindTable({ observation }: { observation: ObservationListItem }) {
  return (
    <TableScroll>
      <table className="mt-2 w-full text-xs" data-testid="observation-kinds">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="py-1 font-medium">Kind</th>
            <th className="py-1 font-medium">Complete</th>
            {["Seen", "New", "Changed", "Deleted", "Skipped"].map((h) => (
              <th key={h} className="py-1 text-right font-medium">
                {h}
              </th>
            ))}
            <th className="py-1 pl-4 font-medium">Note</th>
          </tr>
        </thead>
        <tbody>
          {observation.kinds.map((k) => (
            <tr key={k.kind} className="border-slate-100 border-t">
              <td className="py-1">{k.kind}</td>
              <td className="py-1">
                {k.complete
                  ? k.namespaces.length > 0
                    ? `in ${k.namespaces.length} namespace(s)`
                    : "yes"
                  : "no"}
              </td>
              {COUNTS.map((column) => (
                <td key={column} className="py-1 text-right tabular-nums">
                  {formatCount(k[column])}
                </td>
              ))}
              <td className="py-1 pl-4 text-amber-700">{k.error ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function ObservationsClient({ connect }: { connect: ReactNode }) {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = ZObservationsParams.parse(Object.fromEntries(searchParams));
  const { data, error } = useObservationsQuery(params);

  const navigate = (next: { cluster?: string; page?: number }) => {
    const search = new URLSearchParams();
    const cluster = "cluster" in next ? next.cluster : params.cluster;
    if (cluster) search.set("cluster", cluster);
    if ((next.page ?? 1) > 1) search.set("page", String(next.page));
    router.push(`${pathname}${search.size > 0 ? `?${search}` : ""}`);
  };

  if (error || !data) return <QueryFallback error={error} loading="Loading imports…" what="the imports" />;

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-semibold text-2xl">Imports</h1>
          <p className="mt-1 text-slate-500 text-sm">
            Each import is one observation of a cluster: what it saw of every kind, what was new, changed or
            gone. A kind that was not listed completely never marks anything deleted.
          </p>
        </div>
        <ClusterSelect
          clusters={data.clusters}
          value={params.cluster}
          onChange={(cluster) => navigate({ cluster, page: 1 })}
        />
      </header>
      {connect}

      {data.items.length === 0 ? (
        <section className="rounded-lg border border-slate-200 bg-white p-6 text-slate-600">
          No imports{params.cluster ? ` of ${params.cluster}` : ""} yet: connect a cluster as shown above.
        </section>
      ) : (
        <section className="rounded-lg border border-slate-200 bg-white p-5">
          <TableScroll>
            <table className="w-full text-sm" data-testid="observations-table">
              <thead className="text-left text-slate-500">
                <tr>
                  <th className="py-2 font-medium">Observed at (UTC)</th>
                  <th className="py-2 font-medium">Cluster</th>
                  <th className="py-2 font-medium">Source</th>
                  <th className="py-2 font-medium">Status</th>
                  {["Seen", "New", "Changed", "Deleted", "Skipped"].map((h) => (
                    <th key={h} className="py-2 text-right font-medium">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              {data.items.map((o) => (
                <tbody key={o.id} className="border-slate-100 border-t" data-testid={`observation-${o.id}`}>
                  <tr>
                    <td className="py-2 font-mono text-xs">{o.observedAt.replace("T", " ").slice(0, 19)}</td>
                    <td className="py-2">
                      <Link
                        className="text-blue-700 hover:underline"
                        href={`/observations?cluster=${encodeURIComponent(o.clusterName)}`}
                      >
                        {o.clusterName}
                      </Link>
                    </td>
                    <td className="py-2" title={o.sourceRef ?? undefined}>
                      {o.source}
                    </td>
                    <td className="py-2">{o.status}</td>
                    {COUNTS.map((column) => (
                      <td key={column} className="py-2 text-right tabular-nums" data-testid={column}>
                        {formatCount(total(o, column))}
                      </td>
                    ))}
                  </tr>
                  <tr>
                    <td colSpan={9} className="pb-3">
                      {o.warnings.length > 0 && (
                        <p className="text-amber-700 text-xs" data-testid="warnings">
                          {o.warnings.join(" · ")}
                        </p>
                      )}
                      <details>
                        <summary className="cursor-pointer text-slate-500 text-xs">By kind</summary>
                        <KindTable observation={o} />
                      </details>
                    </td>
                  </tr>
                </tbody>
              ))}
            </table>
          </TableScroll>
          <Pager
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            noun="import(s)"
            onPage={(page) => navigate({ page })}
          />
        </section>
      )}
    </div>
  );
}
