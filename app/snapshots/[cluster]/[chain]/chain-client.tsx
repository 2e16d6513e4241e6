"use client";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ChartBarSnapshotTimeline } from "@/components/charts/chart-bar-snapshot-timeline";
import { ChainFlagBadges } from "@/components/snapshots/chain-flags";
import { ChainRetentionWhatIfPanel } from "@/components/snapshots/chain-retention-what-if-panel";
import { ChainSnapshotsTable } from "@/components/snapshots/chain-snapshots-table";
import { SnapshotBadge } from "@/components/snapshots/snapshot-badge";
import { chainTitle, daysBetween, isoDay } from "@/components/snapshots/snapshot-format";
import { SnapshotMoney } from "@/components/snapshots/snapshot-money";
import { SnapshotsSkeleton } from "@/components/snapshots/snapshots-skeleton";
import { Pager } from "@/components/ui/pager";
import { QueryFallback } from "@/components/ui/query-state";
import { useSnapshotChainQuery } from "@/hooks/queries/use-snapshot-chain-query";
import { useSnapshotRetentionWhatIfQuery } from "@/hooks/queries/use-snapshot-retention-what-if-query";
import { formatBytes, formatCount } from "@/lib/format";
import type { ChainRetentionWhatIf } from "@/lib/services/snapshots/get-retention-what-if";
import {
  hasPolicy,
  type TChainParams,
  toSearch,
  whatIfQuery,
  ZChainParams,
} from "../../../../lib/services/snapshots/snapshots-page-params";

function Stat(props: { label: string; children: React.ReactNode; testId: string; note?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-5" data-testid={props.testId}>
      <p className="text-slate-500 text-sm">{props.label}</p>
      <div className="mt-1 font-semibold text-2xl">{props.children}</div>
      {props.note && <p className="mt-1 text-slate-500 text-xs">{props.note}</p>}
    </div>
  );
}

export function ChainClient({ cluster, chainKey }: { cluster: string; chainKey: string }) {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = ZChainParams.parse(Object.fromEntries(searchParams));
  const { data, error } = useSnapshotChainQuery({ cluster, chain: chainKey, page: params.page });
  const whatIf = useSnapshotRetentionWhatIfQuery(
    hasPolicy(params) ? whatIfQuery({ ...params, cluster, chain: chainKey, page: 1 }) : null,
  );
  const navigate = (next: Partial<TChainParams>) =>
    router.push(`${pathname}${toSearch({ ...params, ...next })}`, { scroll: false });

  if (error || !data)
    return (
      <QueryFallback
        error={error}
        loading={<SnapshotsSkeleton label="Loading the snapshot chain…" chart />}
        what="the snapshot chain"
      />
    );
  const { chain } = data;
  const result =
    hasPolicy(params) && whatIf.data?.scope === "chain" ? (whatIf.data as ChainRetentionWhatIf) : null;
  const removed = new Set(result?.snapshots.filter((s) => !s.keep).map((s) => s.uid) ?? []);
  const marks = result ? new Map(result.snapshots.map((s) => [s.uid, !s.keep])) : undefined;
  const rate = chain.runRate;

  return (
    <div className="space-y-6">
      <nav className="text-slate-500 text-sm" aria-label="Breadcrumb">
        <Link className="text-blue-700 hover:underline" href="/snapshots">
          Snapshots
        </Link>{" "}
        /{" "}
        <Link
          className="text-blue-700 hover:underline"
          href={`/snapshots?cluster=${encodeURIComponent(cluster)}`}
        >
          {cluster}
        </Link>
      </nav>
      <header>
        <h1 className="font-semibold text-2xl">{chainTitle(chain.source, chain.chainId)}</h1>
        <p className="mt-1 break-all text-slate-500 text-sm">
          {chain.source.preProvisioned ? "Pre-provisioned snapshot" : `Volume ${chain.source.volumeHandle}`}
          {chain.source.volumeName ? ` · PV ${chain.source.volumeName}` : ""} · storage class{" "}
          {chain.source.storageClassName ?? "unknown"} · {cluster} ({chain.provider})
        </p>
        {(chain.flags.retainedWithoutSnapshot > 0 ||
          chain.flags.sourceClaimGone ||
          chain.flags.unallocated) && (
          <div className="mt-2">
            <ChainFlagBadges flags={chain.flags} />
          </div>
        )}
      </header>

      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat
          label="Snapshots alive"
          testId="stat-snapshots"
          note={`${formatCount(data.total)} taken in all`}
        >
          <span className="tabular-nums">{formatCount(chain.snapshotCount)}</span>
        </Stat>
        <Stat
          label="Billed now"
          testId="stat-billed"
          note="restoreSize, the source's size, is not what is billed"
        >
          <span className="inline-flex items-center gap-2 tabular-nums">
            {chain.billedBytes === null
              ? `≥ ${formatBytes(chain.knownBilledBytes)}`
              : formatBytes(chain.billedBytes)}
            {chain.sizesEstimated && (
              <SnapshotBadge tone="amber" testId="estimate-badge">
                estimated
              </SnapshotBadge>
            )}
          </span>
        </Stat>
        <Stat
          label="Run-rate"
          testId="stat-run-rate"
          note={rate.day ? `${rate.day}'s cost × the month's days` : "no cost facts yet"}
        >
          {rate.status === null ? (
            <span className="text-base text-slate-500">—</span>
          ) : (
            <SnapshotMoney
              amount={rate.monthly}
              currency={rate.currency}
              estimated={rate.status === "estimated"}
              partial={rate.status === "partial"}
              missing={data.price.problem}
            />
          )}
        </Stat>
        <Stat
          label="Age span"
          testId="stat-age"
          note={`${isoDay(chain.oldestAt)} → ${isoDay(chain.newestAt)} (UTC)`}
        >
          <span className="tabular-nums">{daysBetween(chain.oldestAt, chain.newestAt)} days</span>
        </Stat>
      </div>

      <section className="rounded-lg border border-slate-200 bg-white p-5" data-testid="chain-timeline">
        <h2 className="font-semibold text-lg">Timeline</h2>
        <p className="mt-1 mb-3 text-slate-500 text-sm">
          One bar per snapshot, at the time it was taken: its billed size now (a deleted one: before it was
          deleted), coloured by how that size is known.
        </p>
        <ChartBarSnapshotTimeline timeline={data.timeline} removedUids={removed} />
      </section>

      <ChainRetentionWhatIfPanel
        params={params}
        result={result}
        error={hasPolicy(params) ? whatIf.error : null}
        fetching={whatIf.isFetching}
        onNavigate={navigate}
      />

      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="mb-3 font-semibold text-lg">Snapshots, oldest first</h2>
        <ChainSnapshotsTable
          rows={data.snapshots}
          currency={data.price.currency}
          priceProblem={data.price.problem}
          whatIf={marks}
        />
        <Pager
          hideWhenSingle
          page={data.page}
          pageSize={data.pageSize}
          total={data.total}
          noun="snapshot(s)"
          onPage={(page) => navigate({ page })}
        />
      </section>
    </div>
  );
}
