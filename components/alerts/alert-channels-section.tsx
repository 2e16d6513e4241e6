"use client";
import { useState } from "react";
import { useAlertChannelMutation } from "@/hooks/queries/use-alert-queries";
import type { AlertChannelJson } from "@/lib/services/alerts/alert-json";
import { AlertChannelForm } from "./alert-channel-form";

/** The channels (a webhook's host only), and for admin and finance a form to create or delete one. */
export function AlertChannelsSection(props: { channels: AlertChannelJson[]; canWrite: boolean }) {
  const mutation = useAlertChannelMutation();
  const [creating, setCreating] = useState(false);
  return (
    <div className="space-y-3">
      {props.canWrite && !creating ? (
        <button
          type="button"
          onClick={() => setCreating(true)}
          className="rounded border border-slate-300 px-3 py-1 text-sm"
        >
          New channel
        </button>
      ) : null}
      {mutation.error ? (
        <p role="alert" className="text-red-700 text-sm" data-testid="alert-channel-error">
          {mutation.error.message}
        </p>
      ) : null}
      {creating ? (
        <AlertChannelForm
          pending={mutation.isPending}
          onSubmit={(body) =>
            mutation.mutate({ action: "create", body }, { onSuccess: () => setCreating(false) })
          }
          onCancel={() => {
            setCreating(false);
            mutation.reset();
          }}
        />
      ) : null}
      {props.channels.length === 0 ? (
        <p className="text-slate-500 text-sm">No channels yet.</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {props.channels.map((c) => (
            <li key={c.id} data-testid={`channel-${c.name}`} className="flex items-center gap-2">
              <span>
                <span className="font-medium">{c.name}</span> ({c.kind}
                {c.signed ? ", signed" : ""}): {c.kind === "email" ? c.recipients.join(", ") : c.host}
              </span>
              {props.canWrite ? (
                <button
                  type="button"
                  onClick={() => mutation.mutate({ action: "delete", id: c.id })}
                  className="rounded border border-slate-300 px-2 py-0.5 text-xs"
                >
                  Delete
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
