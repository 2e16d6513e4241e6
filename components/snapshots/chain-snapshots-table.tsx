import { SNAPSHOT_BASIS_CONFIG } from "@/components/charts/chart-bar-snapshot-timeline";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatBytes } from "@/lib/format";
import type { ChainSnapshotRow } from "@/lib/services/snapshots/get-snapshot-chain";
import { SnapshotBadge } from "./snapshot-badge";
import { isoMinute } from "./snapshot-format";
import { SnapshotMoney } from "./snapshot-money";

const BASIS_LABEL: Record<ChainSnapshotRow["model"], string> = {
  provider: "provider",
  cbt: "CBT",
  "used-bytes": "estimated: used bytes",
  "restore-size": "estimated: restoreSize bound",
  "change-rate": "estimated: change rate",
  unknown: "unknown",
};

function Basis({ row }: { row: ChainSnapshotRow }) {
  const rate =
    row.model === "change-rate" && row.changeRate
      ? ` ${Number((Number(row.changeRate) * 100).toFixed(2))} %/day`
      : "";
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap" title={row.reason ?? undefined}>
      <span
        className="inline-block h-2.5 w-2.5 rounded-sm"
        style={{ background: SNAPSHOT_BASIS_CONFIG[row.basis].color }}
      />
      <span>
        {BASIS_LABEL[row.model]}
        {rate}
      </span>
    </span>
  );
}

function State({ row, removed }: { row: ChainSnapshotRow; removed: boolean | undefined }) {
  if (row.deletedAt) return <span className="text-slate-500">deleted {isoMinute(row.deletedAt)}</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {removed === true && (
        <SnapshotBadge tone="red" testId="would-go">
          would go
        </SnapshotBadge>
      )}
      {removed === false && <SnapshotBadge tone="emerald">kept</SnapshotBadge>}
      {row.unallocatedReason && (
        <SnapshotBadge tone="violet" title={row.unallocatedReason}>
          unallocated
        </SnapshotBadge>
      )}
      {row.duplicateOf && <SnapshotBadge tone="slate">billed to its duplicate</SnapshotBadge>}
      {row.tier === "archive" && <SnapshotBadge tone="slate">archive tier</SnapshotBadge>}
    </span>
  );
}

/**
 * Every snapshot of the chain, oldest first: when it was taken, restoreSize (the source's size,
 * not billed) beside the billed size and how it was found, and what it costs a month.
 */
export function ChainSnapshotsTable(props: {
  rows: ChainSnapshotRow[];
  currency: string | null;
  priceProblem: string | null;
  /** uid → removed by the what-if in force; absent when no what-if is applied. */
  whatIf?: Map<string, boolean>;
}) {
  return (
    <TableScroll>
      <table className="w-full text-sm" data-testid="chain-snapshots-table">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="py-2 font-medium">#</th>
            <th className="py-2 font-medium">Snapshot</th>
            <th className="py-2 font-medium">Taken</th>
            <th
              className="py-2 text-right font-medium"
              title="restoreSize: the source volume's size, never the billed size"
            >
              Source size <span className="font-normal text-xs">(not billed)</span>
            </th>
            <th className="py-2 pl-4 text-right font-medium">Billed size</th>
            <th className="py-2 pl-4 font-medium">Basis</th>
            <th className="py-2 font-medium">$/month</th>
            <th className="py-2 font-medium">Status</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr
              key={row.uid}
              className={`border-slate-100 border-t align-top ${row.deletedAt ? "text-slate-500" : ""}`}
              data-testid="snapshot-row"
            >
              <td className="py-1.5 pr-2 text-slate-500 tabular-nums">{row.position}</td>
              <td className="max-w-xs py-1.5 pr-3">
                <p className="truncate" title={row.contentName}>
                  {row.volumeSnapshot
                    ? `${row.volumeSnapshot.namespace}/${row.volumeSnapshot.name}`
                    : row.contentName}
                </p>
                {row.volumeSnapshot && !row.volumeSnapshot.exists && !row.deletedAt && (
                  <p className="text-violet-700 text-xs">VolumeSnapshot gone · {row.deletionPolicy}</p>
                )}
              </td>
              <td className="whitespace-nowrap py-1.5 text-xs tabular-nums">{isoMinute(row.takenAt)}</td>
              <td className="whitespace-nowrap py-1.5 text-right text-slate-500 tabular-nums">
                {row.restoreSizeBytes === null ? "—" : formatBytes(row.restoreSizeBytes)}
              </td>
              <td
                className="whitespace-nowrap py-1.5 pl-4 text-right tabular-nums"
                title={
                  row.mergedFrom > 0 ? `Holds the blocks of ${row.mergedFrom} deleted snapshot(s)` : undefined
                }
              >
                {row.billedBytes === null ? "unknown" : formatBytes(row.billedBytes)}
                {row.mergedFrom > 0 && (
                  <span className="text-slate-500 text-xs"> +{row.mergedFrom} merged</span>
                )}
              </td>
              <td className="py-1.5 pl-4 text-xs">
                <Basis row={row} />
              </td>
              <td className="py-1.5 pl-3">
                {row.deletedAt ? (
                  <span className="text-xs">—</span>
                ) : (
                  <SnapshotMoney
                    amount={row.monthlyCost}
                    currency={props.currency}
                    estimated={row.status === "estimated"}
                    missing={props.priceProblem ?? row.reason}
                    nowrap
                  />
                )}
              </td>
              <td className="py-1.5 text-xs">
                <State row={row} removed={props.whatIf?.get(row.uid)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
