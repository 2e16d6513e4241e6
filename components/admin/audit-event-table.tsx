import type { AuditEventDto } from "@/lib/services/audit/list-audit-events";

function Snapshot({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return <span className="text-slate-500">no {label}</span>;
  return (
    <details>
      <summary className="cursor-pointer">{label}</summary>
      <pre className="mt-1 max-w-md overflow-x-auto rounded bg-slate-50 p-2 text-xs">
        {JSON.stringify(value, null, 2)}
      </pre>
    </details>
  );
}

/** Audit events, newest first: when, who, what, on which object, and the object before and after. */
export function AuditEventTable({ events }: { events: readonly AuditEventDto[] }) {
  if (events.length === 0) return <p className="text-slate-500 text-sm">No changes match.</p>;
  return (
    <table className="w-full text-left align-top text-sm">
      <thead className="text-slate-500">
        <tr>
          <th className="py-2">When (UTC)</th>
          <th>Who</th>
          <th>Action</th>
          <th>Object</th>
          <th>Before</th>
          <th>After</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id} className="border-slate-100 border-t align-top" data-testid="audit-event">
            <td className="py-2 whitespace-nowrap">{event.at.slice(0, 19).replace("T", " ")}</td>
            <td>
              {event.actorName} <span className="text-slate-500">({event.actorKind})</span>
            </td>
            <td className="font-mono text-xs">{event.action}</td>
            <td>
              {event.targetType}
              {event.targetId && <span className="block text-slate-500 text-xs">{event.targetId}</span>}
            </td>
            <td>
              <Snapshot label="before" value={event.before} />
            </td>
            <td>
              <Snapshot label="after" value={event.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
