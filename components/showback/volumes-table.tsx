import Link from "next/link";
import { formatBytes } from "@/lib/format";
import { formatMoney } from "@/lib/format-money";
import type { VolumeListItem } from "@/lib/services/showback/list-volumes";
import { namespaceHref, volumeHref } from "./cost-links";

const RUN_RATE_NOTE: Record<string, string> = {
  estimated: "est.",
  partial: "+ unpriced",
  included: "in instance price",
  "mixed-currency": "mixed currencies",
};

function RunRate({ volume }: { volume: VolumeListItem }) {
  if (volume.runRateStatus === null) return <span className="text-slate-400">no costs yet</span>;
  if (volume.monthlyRunRate === null) {
    return (
      <span className="text-rose-700">
        {volume.runRateStatus === "unpriced" ? "unpriced" : RUN_RATE_NOTE[volume.runRateStatus]}
      </span>
    );
  }
  const note = RUN_RATE_NOTE[volume.runRateStatus];
  return (
    <span title={`${volume.monthlyRunRate} ${volume.currency} a month at ${volume.runRateDay}'s rate`}>
      <span className="tabular-nums">{formatMoney(volume.monthlyRunRate, volume.currency ?? "USD")}</span>
      {note && (
        <span
          className={`ml-1 text-xs ${volume.runRateStatus === "partial" ? "text-rose-700" : "text-amber-700"}`}
        >
          {note}
        </span>
      )}
    </span>
  );
}

/** The inventory: each volume's claim, class, size, phase and monthly run-rate. */
export function VolumesTable({ items }: { items: VolumeListItem[] }) {
  return (
    <table className="w-full text-sm" data-testid="volumes-table">
      <thead className="text-left text-slate-500">
        <tr>
          <th className="py-2 font-medium">Volume</th>
          <th className="py-2 font-medium">Claim</th>
          <th className="py-2 font-medium">Storage class</th>
          <th className="py-2 text-right font-medium">Capacity</th>
          <th className="py-2 pl-4 font-medium">Phase</th>
          <th className="py-2 text-right font-medium">Per month</th>
        </tr>
      </thead>
      <tbody>
        {items.map((v) => (
          <tr
            key={`${v.clusterName}/${v.uid}`}
            className="border-slate-100 border-t"
            data-testid={`volume-row-${v.uid}`}
          >
            <td className="py-2">
              <Link
                className="text-blue-800 hover:underline"
                href={volumeHref({}, v.clusterName, v.uid)}
                data-testid="volume-link"
              >
                {v.name}
              </Link>
              <div className="text-slate-400 text-xs">{v.clusterName}</div>
            </td>
            <td className="py-2">
              {v.claimNamespace && v.claimName ? (
                <>
                  <Link
                    className="text-blue-800 hover:underline"
                    href={namespaceHref({}, v.clusterName, v.claimNamespace)}
                  >
                    {v.claimNamespace}
                  </Link>
                  /{v.claimName}
                </>
              ) : (
                <span className="text-slate-400">—</span>
              )}
            </td>
            <td className="py-2">{v.storageClassName ?? "(none)"}</td>
            <td className="whitespace-nowrap py-2 text-right tabular-nums" title={`${v.capacityBytes} bytes`}>
              {formatBytes(v.capacityBytes)}
            </td>
            <td className="py-2 pl-4">
              {v.deletedAt ? (
                <span className="text-slate-400">deleted {v.deletedAt.slice(0, 10)}</span>
              ) : (
                v.phase
              )}
            </td>
            <td className="whitespace-nowrap py-2 text-right" data-testid="run-rate">
              <RunRate volume={v} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
