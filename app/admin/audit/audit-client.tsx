"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import type { FormEvent } from "react";
import { AuditEventTable } from "@/components/admin/audit-event-table";
import { Pager } from "@/components/ui/pager";
import { useAuditEventsQuery } from "@/hooks/queries/use-admin-queries";
import { AUDIT_FILTERS, auditParamsOf } from "../../../lib/services/audit/audit-page-params";

const field = "rounded-md border border-slate-300 px-2 py-1 text-sm";

const LABELS: Record<(typeof AUDIT_FILTERS)[number], { label: string; type: string; hint?: string }> = {
  targetType: { label: "Kind", type: "text", hint: "user, api_token, price_override…" },
  actor: { label: "Actor", type: "text", hint: "part of an email or token name" },
  from: { label: "From", type: "date" },
  to: { label: "To", type: "date" },
};

export function AuditClient() {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = auditParamsOf(Object.fromEntries(searchParams));
  const events = useAuditEventsQuery(params);

  const go = (next: URLSearchParams) =>
    router.replace(`${pathname}${next.size ? `?${next}` : ""}`, { scroll: false });

  const filter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of AUDIT_FILTERS) {
      const value = String(form.get(key) ?? "").trim();
      if (value) next.set(key, value);
    }
    go(next);
  };

  const setPage = (page: number) => {
    const next = new URLSearchParams(searchParams);
    next.set("page", String(page));
    go(next);
  };

  return (
    <div className="space-y-6">
      <header>
        <h1 className="font-semibold text-2xl">Audit log</h1>
        <p className="mt-1 text-slate-500 text-sm">
          Every change to prices, settings, dismissals, month closes, recomputes, subscriptions, users, tokens
          and sign-ins: who, when, what, and the object before and after.
        </p>
      </header>
      <form className="flex flex-wrap items-end gap-3" onSubmit={filter} key={searchParams.toString()}>
        {AUDIT_FILTERS.map((key) => (
          <label key={key} className="flex flex-col text-sm">
            {LABELS[key].label}
            <input
              className={field}
              name={key}
              type={LABELS[key].type}
              placeholder={LABELS[key].hint}
              defaultValue={searchParams.get(key) ?? ""}
            />
          </label>
        ))}
        <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 text-sm text-white">
          Filter
        </button>
      </form>
      <section className="rounded-lg border border-slate-200 bg-white p-5">
        {events.data ? (
          <>
            <AuditEventTable events={events.data.items} />
            <Pager
              page={events.data.page}
              pageSize={events.data.pageSize}
              total={events.data.total}
              noun="changes"
              onPage={setPage}
              hideWhenSingle
            />
          </>
        ) : (
          <p className={events.error ? "text-red-700 text-sm" : "text-slate-500 text-sm"}>
            {events.error ? events.error.message : "Loading the audit log…"}
          </p>
        )}
      </section>
    </div>
  );
}
