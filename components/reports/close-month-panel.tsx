"use client";
import { useState } from "react";
import { useCloseMonthMutation, useMonthCloseChecklistQuery } from "@/hooks/queries/use-month-close";
import { checklistItems } from "@/lib/costing/month-close-checklist";

/**
 * Close a month from the Reports page (finance and admin): the pre-close checklist first, and a
 * reason that acknowledges its open items before the close button does anything.
 */
export function CloseMonthPanel({ month }: { month: string }) {
  const checklist = useMonthCloseChecklistQuery(month);
  const close = useCloseMonthMutation(month);
  const [reason, setReason] = useState("");
  if (checklist.error)
    return <p className="text-red-700">Could not read the pre-close checklist: {checklist.error.message}</p>;
  if (!checklist.data) return <p className="text-amber-900">Reading the pre-close checklist…</p>;
  const items = checklistItems(checklist.data);
  const needsReason = items.length > 0;
  return (
    <form
      className="space-y-2 rounded-md border border-amber-200 bg-white p-3"
      data-testid="close-month-panel"
      onSubmit={(e) => {
        e.preventDefault();
        close.mutate(reason.trim());
      }}
    >
      <p className="font-medium text-slate-800">Pre-close checklist</p>
      <ul className="list-disc pl-5 text-slate-700" data-testid="close-checklist">
        {items.length === 0 ? (
          <li>Nothing open: every resource-day is priced and the costs are up to date.</li>
        ) : (
          items.map((item) => <li key={item}>{item}</li>)
        )}
      </ul>
      {needsReason && (
        <label className="block">
          <span className="text-slate-600">Reason to close anyway (kept in the audit log)</span>
          <textarea
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-label="Reason to close anyway"
            required
          />
        </label>
      )}
      {close.error && <p className="text-red-700">{close.error.message}</p>}
      <button
        type="submit"
        className="rounded-md bg-slate-900 px-3 py-1.5 text-white disabled:opacity-50"
        disabled={close.isPending || (needsReason && reason.trim() === "")}
      >
        {needsReason ? `Acknowledge and close ${month}` : `Close ${month}`}
      </button>
    </form>
  );
}
