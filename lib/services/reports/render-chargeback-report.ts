import type { WithClosedMonths } from "../../costing/closed-months";
import { chargebackCsv } from "../../costing/reports/chargeback-csv";
import { chargebackPdf } from "../../costing/reports/chargeback-pdf";
import type { ChargebackReport, ReportGrouping } from "../../costing/reports/chargeback-report";
import { focusCsvHeader, focusCsvLine } from "../../costing/reports/focus/focus-csv";
import { focusRow } from "../../costing/reports/focus/focus-row";
import type { Db } from "../../db/prisma";
import { keepHeapUnderCeiling } from "../../heap-ceiling";
import { listFocusFacts } from "../../queries/reports/list-focus-facts";
import type { TeamIds } from "../../queries/scope/team-scope-sql";
import { type ServiceCall, scopedTeamIds } from "../service-context";
import { getChargebackReport } from "./get-chargeback-report";
import type { ReportFormat } from "./report-params";

export interface TReportInput {
  month: string;
  by: ReportGrouping;
  format: ReportFormat;
  currency?: string;
  preliminary: boolean;
  now: Date;
}

export interface RenderedReport {
  report: WithClosedMonths<ChargebackReport>;
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

async function* focusLines(db: Db, report: ChargebackReport, teamIds: TeamIds): AsyncGenerator<string> {
  yield focusCsvHeader();
  for await (const facts of listFocusFacts(db, { window: report.window, teamIds })) {
    yield facts.map((fact) => focusCsvLine(focusRow(fact, report))).join("");
    keepHeapUnderCeiling();
  }
}

/**
 * A month's chargeback in one format: the report (refused for an open month unless preliminary),
 * then its JSON, CSV, PDF, or FOCUS rows (one per priced fact-day, streamed). The API and the CLI
 * both serve what this returns. A reader scoped to teams gets their rows only, in every format.
 */
export async function renderChargebackReport(
  db: Db,
  { ctx, input: params }: ServiceCall<TReportInput>,
): Promise<RenderedReport> {
  const teamIds = scopedTeamIds(ctx);
  const report = await getChargebackReport(db, { ctx, input: params });
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
          : focusLines(db, report, teamIds);
  return {
    report,
    contentType: CONTENT_TYPE[params.format],
    filename: `${filename}.${EXTENSION[params.format]}`,
    body,
  };
}
