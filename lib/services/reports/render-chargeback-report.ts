import { chargebackCsv } from "../../costing/reports/chargeback-csv";
import { chargebackPdf } from "../../costing/reports/chargeback-pdf";
import type { ChargebackReport, ReportGrouping } from "../../costing/reports/chargeback-report";
import { focusCsvHeader, focusCsvLine } from "../../costing/reports/focus/focus-csv";
import { focusRow } from "../../costing/reports/focus/focus-row";
import type { Db } from "../../db/prisma";
import { getChargebackReport } from "../../queries/reports/get-chargeback-report";
import { listFocusFacts } from "../../queries/reports/list-focus-facts";
import type { ReportFormat } from "../../queries/reports/report-params";

export interface RenderedReport {
  report: ChargebackReport;
  contentType: string;
  filename: string;
  /** The whole document, or (FOCUS) its lines one batch at a time. */
  body: string | Buffer | AsyncIterable<string>;
}

const CONTENT_TYPE: Record<ReportFormat, string> = {
  json: "application/json",
  csv: "text/csv; charset=utf-8",
  focus: "text/csv; charset=utf-8",
  pdf: "application/pdf",
};

const EXTENSION: Record<ReportFormat, string> = {
  json: "json",
  csv: "csv",
  focus: "focus.csv",
  pdf: "pdf",
};

async function* focusLines(db: Db, report: ChargebackReport): AsyncGenerator<string> {
  yield focusCsvHeader();
  for await (const facts of listFocusFacts(db, { window: report.window })) {
    yield facts.map((fact) => focusCsvLine(focusRow(fact, report))).join("");
  }
}

/**
 * A month's chargeback in one format: the report (refused for an open month unless preliminary),
 * then its JSON, CSV, PDF, or FOCUS rows (one per priced fact-day, streamed). The API and the CLI
 * both serve what this returns.
 */
export async function renderChargebackReport(
  db: Db,
  params: {
    month: string;
    by: ReportGrouping;
    format: ReportFormat;
    currency?: string;
    preliminary: boolean;
    now: Date;
  },
): Promise<RenderedReport> {
  const report = await getChargebackReport(db, params);
  const filename = [
    "tierscope-chargeback",
    report.month,
    report.by,
    ...(report.status === "preliminary" ? ["preliminary"] : []),
  ].join("-");
  const body =
    params.format === "json"
      ? `${JSON.stringify(report, null, 2)}\n`
      : params.format === "csv"
        ? chargebackCsv(report)
        : params.format === "pdf"
          ? await chargebackPdf(report)
          : focusLines(db, report);
  return {
    report,
    contentType: CONTENT_TYPE[params.format],
    filename: `${filename}.${EXTENSION[params.format]}`,
    body,
  };
}
