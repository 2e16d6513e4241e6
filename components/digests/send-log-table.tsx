import type { DigestSendDto } from "@/lib/services/digests/list-digest-sends";
import { SendStatusBadge } from "./send-status-badge";

function when(iso: string | null): string {
  return iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "";
}

/** The send log: every scheduled and manual send with its outcome, error and stored message. */
export function SendLogTable({ sends }: { sends: DigestSendDto[] }) {
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-slate-500 text-xs uppercase">
        <tr>
          <th className="py-2 pr-4 font-medium">Owner and period</th>
          <th className="py-2 pr-4 font-medium">Due</th>
          <th className="py-2 pr-4 font-medium">Status</th>
          <th className="py-2 pr-4 font-medium">Detail</th>
          <th className="py-2 font-medium">Message</th>
        </tr>
      </thead>
      <tbody>
        {sends.map((s) => (
          <tr key={s.id} className="border-slate-100 border-t align-top" data-testid={`send-${s.id}`}>
            <td className="py-2 pr-4">
              <p className="font-medium">{s.ownerLabel}</p>
              <p className="text-slate-500 text-xs">
                {s.periodStart} to {s.periodEnd} · {s.trigger === "schedule" ? "scheduled" : "sent by hand"}
              </p>
            </td>
            <td className="py-2 pr-4 text-xs">{when(s.dueAt)}</td>
            <td className="py-2 pr-4">
              <SendStatusBadge status={s.status} />
              <p className="mt-1 text-slate-500 text-xs">
                {s.attempts} attempt{s.attempts === 1 ? "" : "s"}
                {s.finishedAt ? ` · ${when(s.finishedAt)}` : ""}
              </p>
            </td>
            <td className="max-w-md py-2 pr-4 text-xs">
              {s.error ? <p className="text-red-700">{s.error}</p> : null}
              <p className="text-slate-500">to {s.recipients.join(", ")}</p>
              {s.messageId ? <p className="text-slate-500">{s.messageId}</p> : null}
            </td>
            <td className="py-2 text-xs">
              {s.subject ? (
                <a
                  href={`/api/v1/digests/sends/${s.id}?format=html`}
                  target="_blank"
                  rel="noreferrer"
                  className="text-blue-700 hover:underline"
                >
                  View as sent
                </a>
              ) : (
                <span className="text-slate-500">not rendered</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
