"use client";
import { useState } from "react";
import { useReopenMonthMutation } from "@/hooks/queries/use-month-close";

/** Reopen a closed month from the Reports page (admin only), with the reason the audit log keeps. */
export function ReopenMonthPanel({ month }: { month: string }) {
  const reopen = useReopenMonthMutation(month);
  const [reason, setReason] = useState("");
  return (
    <form
      className="flex flex-wrap items-end gap-2 text-sm"
      data-testid="reopen-month-panel"
      onSubmit={(e) => {
        e.preventDefault();
        reopen.mutate(reason.trim());
      }}
    >
      <label className="block">
        <span className="text-slate-600">Reason to reopen (kept in the audit log)</span>
        <input
          className="mt-1 block w-96 rounded-md border border-slate-300 px-2 py-1"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-label="Reason to reopen"
          required
        />
      </label>
      <button
        type="submit"
        className="rounded-md border border-slate-400 px-3 py-1.5 disabled:opacity-50"
        disabled={reopen.isPending || reason.trim() === ""}
      >
        Reopen {month}
      </button>
      {reopen.error && <p className="text-red-700">{reopen.error.message}</p>}
    </form>
  );
}
