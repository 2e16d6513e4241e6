"use client";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import type { Column } from "@/components/ui/table-model";
import { useAcknowledgeAlert } from "@/hooks/queries/use-alert-queries";
import type { AlertHistory } from "@/lib/services/alerts/list-alert-history";

const STATUS_CLASS: Record<string, string> = {
  sent: "text-green-700",
  logged: "text-slate-600",
  failed: "font-medium text-red-700",
  retrying: "text-amber-700",
};

type AlertRow = AlertHistory["items"][number];

const deliveriesText = (a: AlertRow) =>
  a.muted
    ? "muted: not sent"
    : a.deliveries.map((d) => `${d.channel} (${d.channelKind}): ${d.status} after ${d.attempts}`).join("; ");

function Deliveries({ alert }: { alert: AlertRow }) {
  if (alert.muted) return <span className="text-slate-500">muted: not sent</span>;
  return (
    <ul className="space-y-1">
      {alert.deliveries.map((d) => (
        <li key={d.channel}>
          {d.channel} ({d.channelKind}): <span className={STATUS_CLASS[d.status] ?? ""}>{d.status}</span>
          {` after ${d.attempts} attempt${d.attempts === 1 ? "" : "s"}`}
          {d.error ? <span className="block break-all text-red-700 text-xs">{d.error}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function columns(acknowledge: (id: string) => void): Column<AlertRow>[] {
  return [
    {
      key: "raised",
      header: "Raised",
      cell: (a) => (
        <span className="whitespace-nowrap text-slate-500">{a.raisedAt.slice(0, 16).replace("T", " ")}</span>
      ),
      sortValue: (a) => a.raisedAt,
    },
    {
      key: "alert",
      header: "Alert",
      cell: (a) => (
        <>
          <Link href={a.link} className="font-medium text-blue-700 hover:underline">
            {a.title}
          </Link>
          <span className="block text-slate-500">
            {a.detail} Rule {a.rule}.
          </span>
        </>
      ),
      sortValue: (a) => a.title,
      csvValue: (a) => `${a.title}: ${a.detail} Rule ${a.rule}.`,
    },
    {
      key: "deliveries",
      header: "Deliveries",
      cell: (a) => <Deliveries alert={a} />,
      csvValue: deliveriesText,
    },
    {
      key: "acknowledged",
      header: "Acknowledged",
      cell: (a) =>
        a.acknowledgedAt ? (
          <span className="text-slate-500">{a.acknowledgedBy}</span>
        ) : (
          <button
            type="button"
            onClick={() => acknowledge(a.id)}
            className="rounded border border-slate-300 px-2 py-0.5 text-xs"
          >
            Acknowledge
          </button>
        ),
      sortValue: (a) => a.acknowledgedAt,
      csvValue: (a) => a.acknowledgedBy ?? "",
    },
  ];
}

/** Each alert with its deliveries per channel: status, attempts and the last error. */
export function AlertHistoryTable({ alerts }: { alerts: AlertHistory["items"] }) {
  const acknowledge = useAcknowledgeAlert();
  return (
    <DataTable
      columns={columns((id) => acknowledge.mutate(id))}
      rows={alerts}
      rowKey={(a) => a.id}
      rowTestId={(a) => `alert-${a.id}`}
      label="Alert history"
      noun="alerts"
      pageSize={Math.max(alerts.length, 1)}
      csvFileName="alerts.csv"
    />
  );
}
