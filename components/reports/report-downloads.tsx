import type { ChargebackReport } from "@/lib/costing/reports/chargeback-report";
import { reportDownloadHref } from "./report-links";

const FORMATS = [
  {
    format: "csv",
    label: "CSV",
    title: "One line per namespace, team, likely owner and the total, in cents",
  },
  { format: "focus", label: "FOCUS", title: "FinOps FOCUS 1.2 CSV: one row per priced resource-day" },
  { format: "pdf", label: "PDF", title: "Summary, charts and a page per team" },
] as const;

export function ReportDownloads({ report }: { report: ChargebackReport }) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="report-downloads">
      <span className="text-slate-500">Download</span>
      {FORMATS.map(({ format, label, title }) => (
        <a
          key={format}
          href={reportDownloadHref(report, format)}
          title={title}
          className="rounded-md border border-slate-300 bg-white px-3 py-1 font-medium text-slate-700 hover:bg-slate-50"
          download
        >
          {label}
        </a>
      ))}
    </div>
  );
}
