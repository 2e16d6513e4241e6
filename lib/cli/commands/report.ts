import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Command, Option } from "commander";
import { ZodError } from "zod";
import { REPORT_GROUPINGS } from "../../costing/reports/chargeback-report";
import { formatMoney } from "../../format-money";
import { REPORT_FORMATS, ZReportMonth, ZReportQuery } from "../../queries/reports/report-params";
import { type RenderedReport, renderChargebackReport } from "../../services/reports/render-chargeback-report";
import { systemContext } from "../../services/service-context";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

interface ReportOptions {
  month: string;
  by: string;
  format: string;
  currency?: string;
  preliminary?: boolean;
  out?: string;
}

function parseOptions(options: ReportOptions) {
  try {
    return {
      month: ZReportMonth.parse(options.month),
      ...ZReportQuery.parse({
        by: options.by,
        format: options.format,
        currency: options.currency,
        preliminary: options.preliminary ? "true" : "false",
      }),
    };
  } catch (error) {
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      throw new Error(`--${String(issue?.path[0] ?? "month")}: ${issue?.message}`);
    }
    throw error;
  }
}

function bodyStream(body: RenderedReport["body"]): Readable {
  return typeof body === "string" || Buffer.isBuffer(body) ? Readable.from([body]) : Readable.from(body);
}

/** Writes to FILE whole or not at all: a failed report leaves no half file behind. */
async function writeOut(rendered: RenderedReport, file: string): Promise<void> {
  try {
    await pipeline(bodyStream(rendered.body), createWriteStream(file));
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
}

/** `tierscope report`: a closed month's chargeback as CSV, FOCUS, PDF or JSON, to stdout or a file. */
export function registerReportCommand(program: Command) {
  program
    .command("report")
    .description("a closed month's chargeback by team or cost centre, as CSV, FOCUS, PDF or JSON")
    .requiredOption(
      "--month <month>",
      "the month (YYYY-MM); it must be closed (close-month), or --preliminary",
    )
    .addOption(new Option("--by <grouping>", "who is charged").choices(REPORT_GROUPINGS).default("team"))
    .addOption(new Option("--format <format>", "output format").choices(REPORT_FORMATS).default("csv"))
    .option(
      "--currency <code>",
      "the currency to report when facts are priced in several (FOCUS exports them all)",
    )
    .option("--preliminary", "report an open month, labelled preliminary")
    .option("--out <file>", "write to this file instead of stdout")
    .action(
      runAction(async (options: ReportOptions) => {
        const params = parseOptions(options);
        if (params.format === "pdf" && !options.out && process.stdout.isTTY) {
          throw new Error("a PDF is binary: give --out FILE, or redirect stdout to a file");
        }
        await withPrisma(async (db) => {
          const input = { ...params, preliminary: params.preliminary === "true", now: new Date() };
          const rendered = await renderChargebackReport(db, { ctx: systemContext("report"), input });
          if (!options.out) {
            await pipeline(bodyStream(rendered.body), process.stdout, { end: false });
            return;
          }
          await writeOut(rendered, options.out);
          const { report } = rendered;
          console.error(
            `Wrote the ${report.status} chargeback of ${report.month} by ${report.by} to ${options.out}: ` +
              `total ${formatMoney(report.totals.total.cents, report.currency)}` +
              (report.reconciliation.reconciles ? ", reconciled with the fleet total." : ", NOT reconciled."),
          );
        });
      }),
    );
}
