"use client";
import Link from "next/link";
import { useAcknowledgeAlert } from "@/hooks/queries/use-alert-queries";
import type { AlertHistory } from "@/lib/services/alerts/list-alert-history";

const STATUS_CLASS: Record<string, string> = {
  sent: "text-green-700",
  logged: "text-slate-600",
  failed: "font-medium text-red-700",
  retrying: "text-amber-700",
};

/** Each alert with its deliveries per channel: status, attempts and the last error. */
export function AlertHistoryTable({ alerts }: { alerts: AlertHistory["items"] }) {
  const acknowledge = useAcknowledgeAlert();
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-slate-500">
        <tr>
          <th className="py-1 pr-3 font-medium">Raised</th>
          <th className="py-1 pr-3 font-medium">Alert</th>
          <th className="py-1 pr-3 font-medium">Deliveries</th>
          <th className="py-1 font-medium">Acknowledged</th>
        </tr>
      </thead>
      <tbody>
        {alerts.map((a) => (
          <tr key={a.id} data-testid={`alert-${a.id}`} className="border-slate-100 border-t align-top">
            <td className="py-2 pr-3 whitespace-nowrap text-slate-500">
              {a.raisedAt.slice(0, 16).replace("T", " ")}
            </td>
            <td className="py-2 pr-3">
              <Link href={a.link} className="font-medium text-blue-700 hover:underline">
                {a.title}
              </Link>
              <p className="text-slate-500">
                {a.detail} Rule {a.rule}.
              </p>
            </td>
            <td className="py-2 pr-3">
              {a.muted ? (
                <span className="text-slate-500">muted: not sent</span>
              ) : (
                <ul className="space-y-1">
                  {a.deliveries.map((d) => (
                    <li key={d.channel}>
                      {d.channel} ({d.channelKind}):{" "}
                      <span className={STATUS_CLASS[d.status] ?? ""}>{d.status}</span>
                      {` after ${d.attempts} attempt${d.attempts === 1 ? "" : "s"}`}
                      {d.error ? <span className="block text-red-700 text-xs">{d.error}</span> : null}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td className="py-2">
              {a.acknowledgedAt ? (
                <span className="text-slate-500">{a.acknowledgedBy}</span>
              ) : (
                <button
                  type="button"
                  onClick={() => acknowledge.mutate(a.id)}
                  className="rounded border border-slate-300 px-2 py-0.5 text-xs"
                >
                  Acknowledge
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
