import type { DigestSendStatus } from "@/lib/db/generated/enums";

const STYLES: Record<DigestSendStatus, string> = {
  pending: "bg-slate-100 text-slate-700",
  sending: "bg-blue-100 text-blue-800",
  retrying: "bg-amber-100 text-amber-800",
  sent: "bg-emerald-100 text-emerald-800",
  logged: "bg-violet-100 text-violet-800",
  failed: "bg-red-100 text-red-800",
  skipped: "bg-slate-100 text-slate-500",
};

const TITLES: Record<DigestSendStatus, string> = {
  pending: "Waiting for a worker",
  sending: "A worker is sending it",
  retrying: "An attempt failed; it will be retried with backoff",
  sent: "The SMTP server accepted it",
  logged: "No SMTP configured: rendered and kept here",
  failed: "Out of attempts, or interrupted during SMTP: see the error",
  skipped: "Missed during a long downtime, beyond the 6 newest periods that are sent: never sent",
};

export function SendStatusBadge({ status }: { status: DigestSendStatus }) {
  return (
    <span className={`rounded px-2 py-0.5 font-medium text-xs ${STYLES[status]}`} title={TITLES[status]}>
      {status}
    </span>
  );
}
