"use client";
import { useState } from "react";
import { DataTable } from "@/components/ui/data-table";
import type { Column } from "@/components/ui/table-model";
import { useMuteAlertRule } from "@/hooks/queries/use-alert-queries";
import type { AlertRuleJson } from "@/lib/services/alerts/alert-json";

const condition = (r: AlertRuleJson) =>
  r.threshold
    ? `≥ ${Number(r.threshold) * 100} % of ${r.budget ?? "every budget"}`
    : r.minAmount
      ? `≥ ${r.minAmount} ${r.currency} a month`
      : "any";

const button = "rounded border border-slate-300 px-2 py-0.5 text-xs disabled:opacity-50";

/** The rules, with a mute until a day (or unmute), edit and delete per rule for admin and finance. */
export function AlertRulesTable({
  rules,
  canWrite,
  onEdit,
  onDelete,
}: {
  rules: AlertRuleJson[];
  canWrite: boolean;
  onEdit: (rule: AlertRuleJson) => void;
  onDelete: (rule: AlertRuleJson) => void;
}) {
  const mute = useMuteAlertRule();
  const [until, setUntil] = useState<Record<string, string>>({});
  const muted = (r: AlertRuleJson) => (
    <>
      {r.mutedUntil ? `until ${r.mutedUntil.slice(0, 10)} ` : null}
      {canWrite && r.mutedUntil ? (
        <button type="button" onClick={() => mute.mutate({ id: r.id, mutedUntil: null })} className={button}>
          Unmute
        </button>
      ) : null}
      {canWrite && !r.mutedUntil ? (
        <span className="flex items-center gap-1">
          <input
            type="date"
            aria-label={`Mute ${r.name} until`}
            value={until[r.id] ?? ""}
            onChange={(e) => setUntil({ ...until, [r.id]: e.target.value })}
            className="rounded border border-slate-300 px-1 text-xs"
          />
          <button
            type="button"
            disabled={!until[r.id]}
            onClick={() => mute.mutate({ id: r.id, mutedUntil: `${until[r.id]}T00:00:00Z` })}
            className={button}
          >
            Mute
          </button>
        </span>
      ) : null}
    </>
  );
  const columns: Column<AlertRuleJson>[] = [
    { key: "name", header: "Rule", rowHeader: true, cell: (r) => r.name, sortValue: (r) => r.name },
    {
      key: "watches",
      header: "Watches",
      cell: (r) => `${r.kind} ${condition(r)}`,
      sortValue: (r) => `${r.kind} ${condition(r)}`,
    },
    { key: "team", header: "Team", cell: (r) => r.team ?? "fleet", sortValue: (r) => r.team ?? "fleet" },
    {
      key: "channels",
      header: "Channels",
      cell: (r) => r.channels.join(", "),
      sortValue: (r) => r.channels.join(", "),
    },
    { key: "muted", header: "Muted", cell: muted, sortValue: (r) => r.mutedUntil },
  ];
  const change: Column<AlertRuleJson> = {
    key: "change",
    header: "Change",
    cell: (r) => (
      <span className="space-x-1 whitespace-nowrap">
        <button type="button" onClick={() => onEdit(r)} className={button}>
          Edit
        </button>
        <button type="button" onClick={() => onDelete(r)} className={button}>
          Delete
        </button>
      </span>
    ),
  };
  return (
    <>
      {mute.error ? (
        <p role="alert" className="mb-2 text-red-700 text-sm">
          {mute.error.message}
        </p>
      ) : null}
      <DataTable
        columns={canWrite ? [...columns, change] : columns}
        rows={rules}
        rowKey={(r) => r.id}
        rowTestId={(r) => `rule-${r.name}`}
        label="Alert rules"
        noun="rules"
        csvFileName="alert-rules.csv"
      />
    </>
  );
}
