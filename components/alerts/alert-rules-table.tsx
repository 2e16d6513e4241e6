"use client";
import { useState } from "react";
import { useMuteAlertRule } from "@/hooks/queries/use-alert-queries";
import type { AlertRuleJson } from "@/lib/services/alerts/alert-json";

const condition = (r: AlertRuleJson) =>
  r.threshold
    ? `≥ ${Number(r.threshold) * 100} % of ${r.budget ?? "every budget"}`
    : r.minAmount
      ? `≥ ${r.minAmount} ${r.currency} a month`
      : "any";

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
  return (
    <>
      {mute.error ? (
        <p role="alert" className="mb-2 text-red-700 text-sm">
          {mute.error.message}
        </p>
      ) : null}
      <table className="w-full text-left text-sm">
        <thead className="text-slate-500">
          <tr>
            <th className="py-1 pr-3 font-medium">Rule</th>
            <th className="py-1 pr-3 font-medium">Watches</th>
            <th className="py-1 pr-3 font-medium">Team</th>
            <th className="py-1 pr-3 font-medium">Channels</th>
            <th className="py-1 pr-3 font-medium">Muted</th>
            {canWrite ? <th className="py-1 font-medium">Change</th> : null}
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.id} data-testid={`rule-${r.name}`} className="border-slate-100 border-t">
              <td className="py-2 pr-3 font-medium">{r.name}</td>
              <td className="py-2 pr-3">
                {r.kind} {condition(r)}
              </td>
              <td className="py-2 pr-3">{r.team ?? "fleet"}</td>
              <td className="py-2 pr-3">{r.channels.join(", ")}</td>
              <td className="py-2 pr-3">
                {r.mutedUntil ? `until ${r.mutedUntil.slice(0, 10)} ` : null}
                {canWrite && r.mutedUntil ? (
                  <button
                    type="button"
                    onClick={() => mute.mutate({ id: r.id, mutedUntil: null })}
                    className="rounded border border-slate-300 px-2 py-0.5 text-xs"
                  >
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
                      className="rounded border border-slate-300 px-2 py-0.5 text-xs disabled:opacity-50"
                    >
                      Mute
                    </button>
                  </span>
                ) : null}
              </td>
              {canWrite ? (
                <td className="space-x-1 py-2">
                  <button
                    type="button"
                    onClick={() => onEdit(r)}
                    className="rounded border border-slate-300 px-2 py-0.5 text-xs"
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    onClick={() => onDelete(r)}
                    className="rounded border border-slate-300 px-2 py-0.5 text-xs"
                  >
                    Delete
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
