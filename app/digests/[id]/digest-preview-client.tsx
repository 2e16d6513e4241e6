"use client";
import Link from "next/link";
import { useDigestPreviewQuery, useSendDigestNow } from "@/hooks/queries/use-digest-queries";
import type { DigestSubscriptionDto } from "@/lib/services/digests/list-digest-subscriptions";

/** The digest as it would be sent now, rendered in the browser, with "Send now". */
export function DigestPreviewClient(props: { subscription: DigestSubscriptionDto; periodStart?: string }) {
  const preview = useDigestPreviewQuery({ id: props.subscription.id, periodStart: props.periodStart });
  const send = useSendDigestNow();
  return (
    <div className="space-y-4">
      <Link href="/digests" className="text-blue-700 text-sm hover:underline">
        ← Digests
      </Link>
      <h1 className="font-semibold text-2xl">Preview: {props.subscription.owner.label}</h1>
      {preview.isPending ? (
        <div
          className="h-96 animate-pulse rounded-lg bg-slate-100"
          role="status"
          aria-label="Rendering the digest"
        />
      ) : preview.error ? (
        <p className="text-red-700">Could not render the digest: {preview.error.message}</p>
      ) : (
        <>
          <dl className="grid grid-cols-[8rem_1fr] gap-1 text-sm">
            <dt className="text-slate-500">To</dt>
            <dd>{preview.data.recipients.join(", ") || "nobody (all unsubscribed)"}</dd>
            <dt className="text-slate-500">Subject</dt>
            <dd data-testid="preview-subject">{preview.data.subject}</dd>
            <dt className="text-slate-500">Period</dt>
            <dd>
              {preview.data.period.start} to {preview.data.period.end} ({props.subscription.timeZone})
            </dd>
          </dl>
          <div className="flex items-center gap-3">
            <button
              type="button"
              disabled={send.isPending}
              onClick={() => send.mutate({ id: props.subscription.id, periodStart: props.periodStart })}
              className="rounded-md bg-slate-900 px-3 py-1.5 font-medium text-sm text-white disabled:opacity-50"
            >
              {send.isPending ? "Sending…" : "Send now"}
            </button>
            {send.data ? (
              <span role="status" className="text-sm">
                {send.data.outcome === "sent" && "Sent."}
                {send.data.outcome === "logged" && "Rendered and logged: no SMTP configured."}
                {send.data.outcome === "failed" && (
                  <span className="text-red-700">Failed: {send.data.error}</span>
                )}
              </span>
            ) : null}
            {send.error ? <span className="text-red-700 text-sm">{send.error.message}</span> : null}
          </div>
          <iframe
            title="Digest preview"
            srcDoc={preview.data.html}
            sandbox=""
            className="h-[900px] w-full rounded-lg border border-slate-200 bg-white"
          />
          <details className="text-sm">
            <summary className="cursor-pointer text-slate-600">Plain-text part</summary>
            <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded bg-slate-50 p-3 text-xs">
              {preview.data.text}
            </pre>
          </details>
        </>
      )}
    </div>
  );
}
