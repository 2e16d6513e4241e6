"use client";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ClusterRetentionWhatIfPanel } from "@/components/snapshots/cluster-retention-what-if-panel";
import { type ChainFilterValues, SnapshotChainFilters } from "@/components/snapshots/snapshot-chain-filters";
import { SnapshotChainsTable } from "@/components/snapshots/snapshot-chains-table";
import { SnapshotMoney } from "@/components/snapshots/snapshot-money";
import { SnapshotsSkeleton } from "@/components/snapshots/snapshots-skeleton";
import { Kpi, KpiGrid } from "@/components/ui/kpi";
import { Pager } from "@/components/ui/pager";
import { QueryFallback } from "@/components/ui/query-state";
import { useSnapshotChainsQuery } from "@/hooks/queries/use-snapshot-chains-query";
import { formatCount } from "@/lib/format";
import {
  chainsQuery,
  type TSnapshotsParams,
  toSearch,
  ZSnapshotsParams,
} from "../../lib/services/snapshots/snapshots-page-params";

export function SnapshotsClient() {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = ZSnapshotsParams.parse(Object.fromEntries(searchParams));
  const { data, error } = useSnapshotChainsQuery(chainsQuery(params));

  const navigate = (next: Partial<TSnapshotsParams>) => {
    router.push(`${pathname}${toSearch({ ...params, page: 1, ...next })}`);
  };
  const onFilter = (next: Partial<ChainFilterValues>) => navigate({ ...next, page: 1 });

  if (error || !data)
    return (
      <QueryFallback
        error={error}
        loading={<SnapshotsSkeleton label="Loading snapshot chains…" />}
        what="the snapshot chains"
      />
    );
  const { totals } = data;
  const filtered = Boolean(params.cluster || params.namespace || params.flag);

  return (
    <div className="space-y-6">
      <header>
        <h1 className="font-semibold text-2xl">Snapshots</h1>
        <p className="mt-1 max-w-3xl text-slate-500 text-sm">
          Snapshot chains, one per source volume. Snapshots are incremental: the first holds the volume's used
          data, each later one only what changed since. restoreSize is the source's size, never what is
          billed. Sizes not reported by the provider are modelled and marked estimated.
        </p>
      </header>

      <KpiGrid>
        <Kpi label="Chains" value={formatCount(totals.chains)} testId="stat-chains" />
        <Kpi label="Snapshots alive" value={formatCount(totals.snapshots)} testId="stat-snapshots" />
        <Kpi
          label="Run-rate, per month"
          testId="stat-run-rate"
          value={
            totals.status === null ? (
              <span className="text-base text-slate-500">no cost facts yet</span>
            ) : (
              <SnapshotMoney
                amount={totals.monthlyRunRate}
                currency={totals.currency}
                estimated={totals.status === "estimated" || totals.status === "partial"}
                partial={totals.status === "partial"}
                perMonth={false}
              />
            )
          }
        />
        <Kpi label="Orphaned chains" value={formatCount(totals.orphanedChains)} testId="stat-orphaned" />
      </KpiGrid>

      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <SnapshotChainFilters
          values={params}
          clusters={data.filterOptions.clusters}
          namespaces={data.filterOptions.namespaces}
          onChange={onFilter}
        />
        <div className="mt-4">
          {data.items.length === 0 ? (
            <div
              className="rounded-md border border-slate-200 border-dashed p-8 text-center text-slate-600"
              data-testid="chains-empty"
            >
              {filtered ? (
                <>
                  <p className="font-medium">No snapshot chain matches these filters.</p>
                  <Link className="mt-2 inline-block text-blue-700 text-sm hover:underline" href="/snapshots">
                    Clear the filters
                  </Link>
                </>
              ) : (
                <>
                  <p className="font-medium">No snapshots alive.</p>
                  <p className="mt-1 text-sm">
                    Import VolumeSnapshots and VolumeSnapshotContents with{" "}
                    <code className="font-mono">tierscope import kube --cluster NAME</code>; their chains and
                    costs appear here.
                  </p>
                </>
              )}
            </div>
          ) : (
            <SnapshotChainsTable items={data.items} />
          )}
          <Pager
            hideWhenSingle
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            noun="chain(s)"
            onPage={(page) => navigate({ page })}
          />
        </div>
      </section>

      <ClusterRetentionWhatIfPanel
        params={params}
        clusters={data.filterOptions.clusters}
        onNavigate={navigate}
      />
    </div>
  );
}
