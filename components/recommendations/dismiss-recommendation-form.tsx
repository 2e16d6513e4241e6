"use client";
import { useState } from "react";
import { useRecommendationDismissalMutations } from "@/hooks/queries/use-recommendation-dismissals-query";

/** Dismiss with a reason (kept with the dismissal), or restore a dismissed recommendation. */
export function DismissRecommendationForm(props: {
  rule: string;
  subjectKey: string;
  dismissed: { id: string; reason: string } | null;
}) {
  const [reason, setReason] = useState("");
  const { dismiss, restore } = useRecommendationDismissalMutations();
  if (props.dismissed) {
    const dismissalId = props.dismissed.id;
    return (
      <p className="text-slate-600 text-xs">
        Dismissed: {props.dismissed.reason}{" "}
        <button
          type="button"
          className="ml-2 text-blue-700 hover:underline"
          onClick={() => restore.mutate(dismissalId)}
          disabled={restore.isPending}
        >
          Restore
        </button>
      </p>
    );
  }
  return (
    <form
      className="flex flex-wrap items-center gap-2 text-xs"
      onSubmit={(event) => {
        event.preventDefault();
        dismiss.mutate({ rule: props.rule, subjectKey: props.subjectKey, reason });
      }}
    >
      <label className="flex items-center gap-2">
        <span className="text-slate-500">Reason</span>
        <input
          className="w-72 rounded-md border border-slate-300 px-2 py-1"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder="why this does not apply"
          aria-label="Reason to dismiss"
          required
        />
      </label>
      <button
        type="submit"
        className="rounded-md border border-slate-300 bg-white px-2 py-1 font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-50"
        disabled={dismiss.isPending || reason.trim() === ""}
      >
        Dismiss
      </button>
      {dismiss.error && <span className="text-red-700">{dismiss.error.message}</span>}
    </form>
  );
}
