import { DataTable } from "@/components/ui/data-table";
import type { Column } from "@/components/ui/table-model";
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

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

const COLUMNS: Column<AuditEventDto>[] = [
  {
    key: "at",
    header: "When (UTC)",
    cell: (event) => <span className="whitespace-nowrap">{event.at.slice(0, 19).replace("T", " ")}</span>,
    sortValue: (event) => event.at,
  },
  {
    key: "who",
    header: "Who",
    cell: (event) => (
      <>
        {event.actorName} <span className="text-slate-500">({event.actorKind})</span>
      </>
    ),
    sortValue: (event) => event.actorName,
    csvValue: (event) => `${event.actorName} (${event.actorKind})`,
  },
  {
    key: "action",
    header: "Action",
    cell: (event) => <span className="font-mono text-xs">{event.action}</span>,
    sortValue: (event) => event.action,
  },
  {
    key: "object",
    header: "Object",
    cell: (event) => (
      <>
        {event.targetType}
        {event.targetId && <span className="block break-all text-slate-500 text-xs">{event.targetId}</span>}
      </>
    ),
    sortValue: (event) => event.targetType,
    csvValue: (event) => (event.targetId ? `${event.targetType} ${event.targetId}` : event.targetType),
  },
  {
    key: "before",
    header: "Before",
    cell: (event) => <Snapshot label="before" value={event.before} />,
    csvValue: (event) => json(event.before),
  },
  {
    key: "after",
    header: "After",
    cell: (event) => <Snapshot label="after" value={event.after} />,
    csvValue: (event) => json(event.after),
  },
];

/** Audit events, newest first: when, who, what, on which object, and the object before and after. */
export function AuditEventTable({ events }: { events: readonly AuditEventDto[] }) {
  return (
    <DataTable
      columns={COLUMNS}
      rows={events}
      rowKey={(event) => event.id}
      rowTestId={() => "audit-event"}
      label="Audit events"
      noun="events"
      pageSize={Math.max(events.length, 1)}
      csvFileName="audit-events.csv"
      empty="No changes match."
    />
  );
}
