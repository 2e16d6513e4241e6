"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ClosedMonthsBanner } from "@/components/closed-months-banner";
import { MonthNotClosed } from "@/components/reports/month-not-closed";
import { ReopenMonthPanel } from "@/components/reports/reopen-month-panel";
import { ReportDownloads } from "@/components/reports/report-downloads";
import { ReportGroupsTable } from "@/components/reports/report-groups-table";
import { ReportSkeleton } from "@/components/reports/report-skeleton";
import { ReportSummary } from "@/components/reports/report-summary";
import { ReportUnallocated } from "@/components/reports/report-unallocated";
import { useChargebackReportQuery } from "@/hooks/queries/use-chargeback-report-query";
import { useReportMonthsQuery } from "@/hooks/queries/use-report-months-query";
import { REPORT_GROUPINGS } from "@/lib/costing/reports/chargeback-report";
import { chooseReportMonth, reportRequest } from "@/lib/costing/reports/choose-report-month";
import {
  reportsSearch,
  type TReportsParams,
  ZReportsParams,
} from "../../lib/services/reports/reports-page-params";

const GROUPING_LABEL = { team: "Team", "cost-centre": "Cost centre" } as const;

/**
 * The Reports page; `canClose` (finance or admin viewing) offers to close an open month, `canReopen`
 * (an admin) to reopen a closed one.
 */
export function ReportsClient({ canClose, canReopen }: { canClose: boolean; canReopen: boolean }) {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const params = ZReportsParams.parse(Object.fromEntries(searchParams));
  const months = useReportMonthsQuery();
  const month = chooseReportMonth(params.month, months.data?.items ?? []);
  const query = reportRequest(month, params.by, params.preliminary === "true");
  const report = useChargebackReportQuery(query);

  const href = (next: Partial<TReportsParams>) => {
    const search = reportsSearch({ ...params, month: month?.month, ...next });
    return `${pathname}${search.size > 0 ? `?${search}` : ""}`;
  };
  const select = "rounded-md border border-slate-300 bg-white px-2 py-1";

  return (
    <div className="space-y-6" aria-busy={report.isFetching}>
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-semibold text-2xl">Reports</h1>
          <p className="mt-1 max-w-3xl text-slate-500 text-sm">
            The monthly chargeback finance sends out: a closed month's storage costs by team or cost centre,
            by namespace within each, with unallocated costs shown apart. Every amount is rounded to the cent
            so the lines add up to the total; the total is the fleet's, and the same as Showback's for the
            month.
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <label>
            <span className="mr-2 text-slate-500">Month</span>
            <select
              className={select}
              aria-label="Month"
              value={month?.month ?? ""}
              onChange={(e) => router.push(href({ month: e.target.value, preliminary: undefined }))}
            >
              {(months.data?.items ?? []).map((m) => (
                <option key={m.month} value={m.month}>
                  {m.month}
                  {m.closed ? "" : " (open)"}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="mr-2 text-slate-500">By</span>
            <select
              className={select}
              aria-label="By"
              value={params.by}
              onChange={(e) => router.push(href({ by: e.target.value as TReportsParams["by"] }))}
            >
              {REPORT_GROUPINGS.map((by) => (
                <option key={by} value={by}>
                  {GROUPING_LABEL[by]}
                </option>
              ))}
            </select>
          </label>
          {report.data && <ReportDownloads report={report.data} />}
        </div>
      </header>

      {months.data && !month ? (
        <p className="text-slate-600" data-testid="reports-empty">
          No costs computed yet: import a cluster (or run <code>tierscope demo</code>), then close a month
          with <code>tierscope close-month YYYY-MM</code>.
        </p>
      ) : month && !query ? (
        <MonthNotClosed
          month={month.month}
          preliminaryHref={href({ preliminary: "true" })}
          canClose={canClose}
        />
      ) : report.error ? (
        <p className="text-red-700">Could not load the report: {report.error.message}</p>
      ) : !report.data ? (
        <ReportSkeleton />
      ) : (
        <>
          <p className="text-sm" data-testid="report-status">
            {report.data.status === "closed" ? (
              <span className="text-slate-600">
                Closed month, closed {report.data.closedAt?.slice(0, 10)} by {report.data.closedBy}. In{" "}
                {report.data.currency}.
              </span>
            ) : (
              <span className="rounded bg-red-50 px-2 py-1 font-medium text-red-700">
                PRELIMINARY: {report.data.month} is not closed, and these figures can still change.
              </span>
            )}
          </p>
          <ClosedMonthsBanner closedMonths={report.data.closedMonths} />
          {canReopen && report.data.status === "closed" && <ReopenMonthPanel month={report.data.month} />}
          <ReportSummary report={report.data} />
          {report.data.groups.length === 0 ? (
            <p className="text-slate-500 text-sm">No allocated costs in {report.data.month}.</p>
          ) : (
            <ReportGroupsTable report={report.data} />
          )}
          <ReportUnallocated report={report.data} />
        </>
      )}
    </div>
  );
}
