import { type FactsFilter, factsHref } from "@/components/showback/cost-links";
import type { ChargebackReport } from "@/lib/costing/reports/chargeback-report";

/** The facts behind a figure of the report: the month as a custom window, in the report's currency. */
export function reportFactsHref(report: ChargebackReport, filter: FactsFilter): string {
  return factsHref(
    { window: "custom", from: report.window.from, to: report.window.to, currency: report.currency },
    filter,
  );
}

/** Where a format of the report downloads from. */
export function reportDownloadHref(report: ChargebackReport, format: "csv" | "focus" | "pdf"): string {
  const search = new URLSearchParams({ by: report.by, format });
  if (report.status === "preliminary") search.set("preliminary", "true");
  return `/api/v1/reports/${report.month}?${search}`;
}
