import Link from "next/link";
import { formatBytes, formatCount } from "@/lib/format";
import type { SnapshotChainListItem } from "@/lib/services/snapshots/list-snapshot-chains";
import { ChainFlagBadges } from "./chain-flags";
import { SnapshotBadge } from "./snapshot-badge";
import { chainTitle, daysBetween, isoDay } from "./snapshot-format";
import { SnapshotMoney } from "./snapshot-money";

export const chainHref = (chain: { clusterName: string; key: string }, search = "") =>
  `/snapshots/${encodeURIComponent(chain.clusterName)}/${chain.key}${search}`;

function BilledNow({ chain }: { chain: SnapshotChainListItem }) {
  if (chain.billedBytes === null) {
    return (
      <span className="inline-flex items-center gap-1.5">
        <span className="tabular-nums">≥ {formatBytes(chain.knownBilledBytes)}</span>
        <SnapshotBadge
          tone="red"
          title="Snapshots whose size nothing tells: no reported size, no used bytes, no restoreSize"
        >
          {chain.unknownSizes} unknown
        </SnapshotBadge>
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-1.5">
      <span className="tabular-nums" data-testid="billed">
        {formatBytes(chain.billedBytes)}
      </span>
      {chain.sizesEstimated && (
        <SnapshotBadge
          tone="amber"
          testId="estimate-badge"
          title="Modelled sizes (change rate, used bytes or restoreSize)"
        >
          estimated
        </SnapshotBadge>
      )}
    </span>
  );
}

/** The chains, one row each: what they cost a month, how many snapshots, how old, what they hold. */
export function SnapshotChainsTable({ items }: { items: SnapshotChainListItem[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="snapshot-chains-table">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="py-2 font-medium">Source volume</th>
            <th className="py-2 font-medium">Cluster</th>
            <th className="py-2 text-right font-medium">Snapshots</th>
            <th className="py-2 pl-4 font-medium">Age span (UTC)</th>
            <th className="py-2 font-medium">Billed now</th>
            <th className="py-2 font-medium">Run-rate</th>
            <th className="py-2 font-medium">Flags</th>
          </tr>
        </thead>
        <tbody>
          {items.map((chain) => {
            const rate = chain.runRate;
            return (
              <tr
                key={`${chain.clusterName}/${chain.chainId}`}
                className="border-slate-100 border-t align-top"
                data-testid="chain-row"
              >
                <td className="max-w-[16rem] py-2 pr-4">
                  <Link className="font-medium text-blue-700 hover:underline" href={chainHref(chain)}>
                    {chainTitle(chain.source, chain.chainId)}
                  </Link>
                  <p
                    className="truncate font-mono text-slate-500 text-xs"
                    title={chain.source.volumeHandle ?? undefined}
                  >
                    {chain.source.preProvisioned ? "pre-provisioned snapshot" : chain.source.volumeHandle}
                  </p>
                  <p className="text-slate-500 text-xs">
                    {chain.source.storageClassName ?? "storage class unknown"}
                  </p>
                </td>
                <td className="whitespace-nowrap py-2 pr-3">{chain.clusterName}</td>
                <td className="py-2 text-right tabular-nums" data-testid="snapshot-count">
                  {formatCount(chain.snapshotCount)}
                </td>
                <td className="py-2 pr-3 pl-4 text-xs">
                  <span className="tabular-nums">
                    {isoDay(chain.oldestAt)} →{" "}
                    <span className="whitespace-nowrap">{isoDay(chain.newestAt)}</span>
                  </span>
                  <p className="text-slate-500">
                    {chain.snapshotCount === 1
                      ? "one snapshot"
                      : `${daysBetween(chain.oldestAt, chain.newestAt)} days`}
                  </p>
                </td>
                <td className="whitespace-nowrap py-2 pr-3">
                  <BilledNow chain={chain} />
                </td>
                <td
                  className="whitespace-nowrap py-2 pr-3"
                  title={rate.day ? `The cost of ${rate.day} × the month's days` : undefined}
                >
                  {rate.status === null ? (
                    <span className="text-slate-500 text-xs">no cost facts yet</span>
                  ) : (
                    <SnapshotMoney
                      amount={rate.monthly}
                      currency={rate.currency}
                      estimated={rate.status === "estimated"}
                      partial={rate.status === "partial"}
                      missing={
                        rate.status === "mixed-currency"
                          ? "in several currencies"
                          : "no price for these snapshots"
                      }
                      testId="run-rate"
                      nowrap
                    />
                  )}
                </td>
                <td className="min-w-[11rem] py-2">
                  <ChainFlagBadges flags={chain.flags} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
