import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatBytes, formatCount } from "@/lib/format";
import type { ClusterWhatIfChain } from "@/lib/services/snapshots/get-retention-what-if";
import { chainTitle } from "./snapshot-format";
import { SnapshotMoney } from "./snapshot-money";

/** Each chain's part of a cluster-wide what-if, largest saving first. */
export function ClusterWhatIfChains(props: {
  clusterName: string;
  chains: ClusterWhatIfChain[];
  currency: string;
  /** The policy's URL search, carried to each chain's page. */
  search: string;
}) {
  return (
    <TableScroll>
      <table className="w-full text-sm" data-testid="what-if-chains">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="py-2 font-medium">Chain</th>
            <th className="py-2 text-right font-medium">Kept</th>
            <th className="py-2 text-right font-medium">Removed</th>
            <th className="py-2 pl-4 font-medium">Now</th>
            <th className="py-2 font-medium">After</th>
            <th className="py-2 font-medium">Saving</th>
          </tr>
        </thead>
        <tbody>
          {props.chains.map((chain) => (
            <tr key={chain.chainId} className="border-slate-100 border-t align-top">
              <td className="max-w-sm py-1.5 pr-3">
                <Link
                  className="text-blue-700 hover:underline"
                  href={`/snapshots/${encodeURIComponent(props.clusterName)}/${chain.chainKey}${props.search}`}
                >
                  {chainTitle(chain, chain.chainId)}
                </Link>
              </td>
              <td className="py-1.5 text-right tabular-nums">{formatCount(chain.kept)}</td>
              <td className="py-1.5 text-right tabular-nums">{formatCount(chain.removed)}</td>
              <td className="py-1.5 pl-4">
                <SnapshotMoney
                  amount={chain.before.monthly}
                  currency={props.currency}
                  estimated={chain.estimated}
                  missing={chain.priceProblem}
                  nowrap
                />
              </td>
              <td className="py-1.5">
                <SnapshotMoney
                  amount={chain.after.monthly}
                  currency={props.currency}
                  estimated={chain.estimated}
                  missing={chain.priceProblem}
                  nowrap
                />
              </td>
              <td className="py-1.5">
                <SnapshotMoney
                  amount={chain.savings.monthly}
                  currency={props.currency}
                  estimated={chain.estimated}
                  missing={chain.priceProblem}
                  nowrap
                />
                <p className="text-slate-500 text-xs">
                  {chain.savings.bytes === null ? "" : formatBytes(chain.savings.bytes)}
                </p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
