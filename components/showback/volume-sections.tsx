import Link from "next/link";
import type { ReactNode } from "react";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatBytes } from "@/lib/format";
import { formatMoney } from "@/lib/format-money";
import type { VolumeDetailResult } from "@/lib/services/showback/get-volume-detail";
import { factsHref, namespaceHref } from "./cost-links";
import { priceUnitLabel } from "./fact-formula";
import { MoneyLink } from "./money-link";

export function VolumeFacts({
  detail,
  window,
}: {
  detail: VolumeDetailResult;
  window: Record<string, string>;
}) {
  const v = detail.volume;
  const rows: [string, ReactNode][] = [
    [
      "Claim",
      v.claimNamespace && v.claimName ? (
        <>
          <Link
            className="text-blue-800 hover:underline"
            href={namespaceHref(window, v.clusterName, v.claimNamespace)}
          >
            {v.claimNamespace}
          </Link>
          /{v.claimName}
        </>
      ) : (
        "—"
      ),
    ],
    ["Storage class", v.storageClassName ?? "(none)"],
    ["Capacity", `${formatBytes(v.capacityBytes)} (${v.capacityBytes} bytes)`],
    ["Phase", v.deletedAt ? `deleted ${v.deletedAt.slice(0, 10)} (was ${v.phase})` : v.phase],
    ["Reclaim policy", v.reclaimPolicy],
    ["Driver", v.csiDriver ?? "—"],
    ["Volume handle", v.volumeHandle ?? "—"],
    ["Zone", v.zone ?? "—"],
    ["Created", v.createdAt.replace("T", " ").slice(0, 16)],
  ];
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-5 text-sm lg:grid-cols-3">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="text-slate-500 text-xs">{label}</dt>
          <dd className="break-all">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Each day's cost by component, newest first; each day links to its facts. */
export function VolumeCostDays({
  detail,
  window,
}: {
  detail: VolumeDetailResult;
  window: Record<string, string>;
}) {
  const v = detail.volume;
  const days = [...detail.costHistory].reverse();
  return (
    <TableScroll>
      <table className="mt-3 w-full text-sm" data-testid="volume-cost-days">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="py-2 font-medium">Day</th>
            <th className="py-2 font-medium">Components</th>
            <th className="py-2 text-right font-medium">Cost</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.day} className="border-slate-100 border-t" data-testid="cost-day">
              <td className="py-2 font-mono text-xs">{day.day}</td>
              <td className="py-2 text-xs">
                {day.components.map((c) => (
                  <span
                    key={c.component}
                    className={`mr-3 ${c.status === "unpriced" ? "text-rose-700" : c.status === "estimated" ? "text-amber-700" : ""}`}
                    title={c.reason ?? undefined}
                  >
                    {c.component} {c.quantity} {priceUnitLabel(c.unit).split("-")[0]} × {c.hours} h
                    {c.cost === null ? " unpriced" : `: ${formatMoney(c.cost, detail.currency, 4)}`}
                    {c.status === "estimated"
                      ? " (est.)"
                      : c.status === "included"
                        ? " (in instance price)"
                        : ""}
                  </span>
                ))}
              </td>
              <td className="py-2 text-right">
                <MoneyLink
                  amount={day.total}
                  currency={detail.currency}
                  testId="day-cost"
                  href={factsHref(
                    { ...window, window: "custom", from: day.day, to: day.day },
                    {
                      cluster: v.clusterName,
                      resourceKind: "PersistentVolume",
                      resourceUid: v.uid,
                      label: `${v.name} on ${day.day}`,
                    },
                  )}
                />
                {day.unpriced && <span className="ml-1 text-rose-700 text-xs">+ unpriced</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function VolumeRevisions({ detail }: { detail: VolumeDetailResult }) {
  if (detail.revisions.length === 0)
    return <p className="mt-3 text-slate-500 text-sm">No recorded changes.</p>;
  return (
    <TableScroll>
      <table className="mt-3 w-full text-sm" data-testid="volume-revisions">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="py-2 font-medium">From (UTC)</th>
            <th className="py-2 font-medium">Until</th>
            <th className="py-2 text-right font-medium">Capacity</th>
            <th className="py-2 pl-4 font-medium">Phase</th>
            <th className="py-2 font-medium">Class</th>
            <th className="py-2 font-medium">Claim</th>
          </tr>
        </thead>
        <tbody>
          {detail.revisions.map((r) => (
            <tr key={r.validFrom} className="border-slate-100 border-t">
              <td className="py-2 font-mono text-xs">{r.validFrom.replace("T", " ").slice(0, 16)}</td>
              <td className="py-2 font-mono text-xs">
                {r.validTo ? r.validTo.replace("T", " ").slice(0, 16) : "now"}
              </td>
              <td className="whitespace-nowrap py-2 text-right tabular-nums">
                {formatBytes(r.capacityBytes)}
              </td>
              <td className="py-2 pl-4">{r.phase}</td>
              <td className="py-2">{r.storageClassName ?? "—"}</td>
              <td className="py-2">{r.claimName ? `${r.claimNamespace}/${r.claimName}` : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
