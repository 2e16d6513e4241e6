import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Command, Option } from "commander";
import { ZodError } from "zod";
import { clockNow } from "../../clock";
import { REPORT_GROUPINGS } from "../../costing/reports/chargeback-report";
import { formatMoney } from "../../format-money";
import { killPoint } from "../../kill-point";
import { type RenderedReport, renderChargebackReport } from "../../services/reports/render-chargeback-report";
import { REPORT_FORMATS, ZReportMonth, ZReportQuery } from "../../services/reports/report-params";
import { systemContext } from "../../services/service-context";
import { cliPath } from "../forwarding/cli-path";
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

/** The body, passing a kill point between chunks (see lib/kill-point.ts). */
async function* killableChunks(body: Readable) {
  for await (const chunk of body) {
    killPoint("report:chunk-written");
    yield chunk;
  }
}

/**
 * Writes to FILE whole or not at all: the report goes to a file beside it, renamed over FILE once
 * complete, so a failed or killed export leaves FILE as it was (at worst, a stray .partial file).
 */
async function writeOut(rendered: RenderedReport, file: string): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  try {
    await pipeline(bodyStream(rendered.body), killableChunks, createWriteStream(partial));
    killPoint("report:before-rename");
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
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
    .option("--out <file>", "write to this file instead of stdout", cliPath)
    .action(
      runAction(async (options: ReportOptions) => {
        const params = parseOptions(options);
        if (params.format === "pdf" && !options.out && process.stdout.isTTY) {
          throw new Error("a PDF is binary: give --out FILE, or redirect stdout to a file");
        }
        await withPrisma(async (db) => {
          const input = { ...params, preliminary: params.preliminary === "true", now: clockNow() };
          const rendered = await renderChargebackReport(db, { ctx: systemContext("report"), input });
          killPoint("report:rendered");
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
