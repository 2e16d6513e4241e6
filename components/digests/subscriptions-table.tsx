"use client";
import Link from "next/link";
import { useState } from "react";
import { useDeleteDigestSubscription, useSendDigestNow } from "@/hooks/queries/use-digest-queries";
import type { DigestSubscriptionDto } from "@/lib/services/digests/list-digest-subscriptions";
import { SendStatusBadge } from "./send-status-badge";
import { SubscriptionForm } from "./subscription-form";

function ownerHref(owner: DigestSubscriptionDto["owner"]): string {
  return owner.kind === "team"
    ? `/teams/${encodeURIComponent(owner.team)}`
    : `/namespaces/${encodeURIComponent(owner.cluster)}/${encodeURIComponent(owner.namespace)}`;
}

const ACTION = "text-blue-700 hover:underline disabled:opacity-50";

function SubscriptionRow({ subscription }: { subscription: DigestSubscriptionDto }) {
  const [editing, setEditing] = useState(false);
  const remove = useDeleteDigestSubscription();
  const send = useSendDigestNow();
  if (editing) {
    return (
      <tr>
        <td colSpan={5} className="py-2">
          <SubscriptionForm subscription={subscription} onDone={() => setEditing(false)} />
        </td>
      </tr>
    );
  }
  const result = send.data;
  return (
    <tr
      className="border-slate-100 border-t align-top"
      data-testid={`subscription-${subscription.owner.label}`}
    >
      <td className="py-2 pr-4">
        <Link href={ownerHref(subscription.owner)} className="font-medium text-blue-700 hover:underline">
          {subscription.owner.label}
        </Link>
        <p className="text-slate-500 text-xs">{subscription.owner.kind}</p>
      </td>
      <td className="py-2 pr-4">
        {subscription.cadence === "weekly" ? "Mondays 08:00, previous week" : "1st 08:00, previous month"}
        <p className="text-slate-500 text-xs">{subscription.timeZone}</p>
      </td>
      <td className="py-2 pr-4">
        {subscription.recipients.length > 0 ? (
          subscription.recipients.join(", ")
        ) : (
          <span className="text-amber-700">nobody (all unsubscribed): not sent</span>
        )}
      </td>
      <td className="py-2 pr-4">
        {subscription.lastSend ? (
          <span className="space-x-2">
            <SendStatusBadge status={subscription.lastSend.status} />
            <span className="text-slate-500 text-xs">period from {subscription.lastSend.periodStart}</span>
          </span>
        ) : (
          <span className="text-slate-500 text-xs">nothing sent yet</span>
        )}
      </td>
      <td className="space-x-3 py-2 text-sm whitespace-nowrap">
        <Link href={`/digests/${subscription.id}`} className={ACTION}>
          Preview
        </Link>
        <button
          type="button"
          className={ACTION}
          disabled={send.isPending}
          onClick={() => send.mutate({ id: subscription.id })}
        >
          {send.isPending ? "Sending…" : "Send now"}
        </button>
        <button type="button" className={ACTION} onClick={() => setEditing(true)}>
          Edit
        </button>
        <button
          type="button"
          className="text-red-700 hover:underline"
          onClick={() => {
            if (window.confirm(`Delete the digest of ${subscription.owner.label} and its send log?`)) {
              remove.mutate(subscription.id);
            }
          }}
        >
          Delete
        </button>
        {result ? (
          <p role="status" className="mt-1 text-xs">
            {result.outcome === "sent" && `Sent (${result.period.start} to ${result.period.end})`}
            {result.outcome === "logged" && "Rendered and logged: no SMTP configured"}
            {result.outcome === "failed" && <span className="text-red-700">Failed: {result.error}</span>}
          </p>
        ) : null}
        {send.error ? <p className="mt-1 text-red-700 text-xs">{send.error.message}</p> : null}
      </td>
    </tr>
  );
}

export function SubscriptionsTable({ subscriptions }: { subscriptions: DigestSubscriptionDto[] }) {
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-slate-500 text-xs uppercase">
        <tr>
          <th className="py-2 pr-4 font-medium">Owner</th>
          <th className="py-2 pr-4 font-medium">Schedule</th>
          <th className="py-2 pr-4 font-medium">Recipients</th>
          <th className="py-2 pr-4 font-medium">Last send</th>
          <th className="py-2 font-medium">Actions</th>
        </tr>
      </thead>
      <tbody>
        {subscriptions.map((s) => (
          <SubscriptionRow key={s.id} subscription={s} />
        ))}
      </tbody>
    </table>
  );
}
