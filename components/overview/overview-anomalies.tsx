import Link from "next/link";
import type { MoneyOverview } from "@/lib/services/overview/get-money-overview";

const KIND_LABEL: Record<string, string> = {
  cost: "Daily cost off its baseline",
  "snapshot-growth": "Snapshot chain growing faster than its history",
  "released-volumes": "Surge of Released or Available volumes",
  "no-owner": "Spend with no owner",
  "gpu-idle": "Storage-bound GPU idle cost jump",
  unpriced: "Newly unpriced resources",
};

/** Anomalies of the last week, each with the resources that changed and links to them. */
export function OverviewAnomalies({ data }: { data: MoneyOverview }) {
  const { anomalies } = data;
  return (
    <section
      aria-label="Open anomalies"
      className="rounded-lg border border-slate-200 bg-white p-5"
      id="anomalies"
    >
      <h2 className="font-medium text-lg">
        Open anomalies{" "}
        <span className="text-slate-500 tabular-nums" data-testid="anomaly-count">
          {anomalies.count}
        </span>
      </h2>
      <p className="mt-1 text-slate-500 text-xs">
        Judged {anomalies.from} – {anomalies.to} against a robust baseline (README "Anomalies").
      </p>
      {anomalies.items.length === 0 ? (
        <p className="mt-3 text-slate-500 text-sm">None this week.</p>
      ) : (
        <ul className="mt-3 space-y-3 text-sm">
          {anomalies.items.map((a) => (
            <li key={`${a.kind}/${a.group}/${a.day}`} data-testid={`anomaly-${a.kind}`}>
              <p>
                <span className="font-medium">{KIND_LABEL[a.kind] ?? a.kind}</span>: {a.group} on {a.day}
                {a.lastDay !== a.day ? ` to ${a.lastDay}` : ""}, {a.value} against {a.expected} expected
                {a.currency ? ` ${a.currency}` : ""}
              </p>
              {a.drivers && a.drivers.length > 0 ? (
                <ul className="mt-1 ml-4 list-disc text-slate-600 text-xs">
                  {a.drivers.map((d) => (
                    <li key={`${d.resourceKind}/${d.resourceUid}`}>
                      <Link className="text-blue-800 hover:underline" href={d.href}>
                        {d.name ?? d.resourceUid}
                      </Link>{" "}
                      ({d.cluster}
                      {d.namespace ? `/${d.namespace}` : ""}) {d.change}: {d.costBefore ?? "–"} →{" "}
                      {d.costOn ?? "–"}
                      {d.capacityOn
                        ? `, ${d.capacityBefore ?? "–"} → ${d.capacityOn} ${d.capacityUnit ?? ""}`
                        : ""}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
