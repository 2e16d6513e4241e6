import { type Command, Option } from "commander";
import { ZodError } from "zod";
import { formatMoney } from "../../format-money";
import { type AnomaliesResult, listAnomalies } from "../../services/anomalies/list-anomalies";
import { FORECAST_GROUPINGS, type ForecastGrouping } from "../../services/forecasts/forecast-params";
import { systemContext } from "../../services/service-context";
import { formatTable } from "../prices/table";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

interface AnomaliesOptions {
  by: ForecastGrouping;
  cluster?: string;
  currency?: string;
  from?: string;
  to?: string;
  format: "table" | "json";
}

/** One line per anomaly, then its drivers indented below it. */
export function formatAnomaliesTable(result: AnomaliesResult): string {
  const lines = [`Anomalies ${result.from} … ${result.to} by ${result.by}`];
  for (const warning of result.warnings) lines.push(`warning: ${warning}`);
  if (result.anomalies.length === 0) return [...lines, "None."].join("\n");
  const amount = (value: string, currency: string | null) =>
    currency === null ? value : formatMoney(value, currency);
  const header = ["DAY", "UNTIL", "KIND", "GROUP", "VALUE", "EXPECTED", "DEVIATION", "SCORE"];
  const rows = result.anomalies.map((a) => [
    a.day,
    a.lastDay === a.day ? "" : a.lastDay,
    a.kind,
    a.group,
    amount(a.value, a.currency),
    amount(a.expected, a.currency),
    amount(a.deviation, a.currency),
    a.score === null ? "" : String(a.score),
  ]);
  lines.push(formatTable(header, rows), "", "Drivers (resources that changed on the first day):");
  for (const a of result.anomalies) {
    if (!a.drivers?.length) continue;
    lines.push(`${a.day} ${a.kind} ${a.group}:`);
    for (const d of a.drivers) {
      lines.push(
        `  ${d.change} ${d.resourceKind} ${d.cluster}/${d.name ?? d.resourceUid}${d.namespace ? ` (${d.namespace})` : ""}: ` +
          `${d.costBefore ?? "-"} → ${d.costOn ?? "-"} a day${d.capacityOn ? `, ${d.capacityBefore ?? "-"} → ${d.capacityOn} ${d.capacityUnit}` : ""}`,
      );
    }
  }
  return lines.join("\n");
}

/** `tierscope anomalies`: cost anomalies and storage-aware detectors with their drivers. */
export function registerAnomaliesCommand(program: Command) {
  program
    .command("anomalies")
    .description(
      "daily cost anomalies per group and storage-aware detectors (snapshot growth, released volumes, no owner, storage-bound GPU idle, unpriced), with drivers",
    )
    .addOption(new Option("--by <grouping>", "how to group").choices(FORECAST_GROUPINGS).default("namespace"))
    .option("--cluster <name>", "only this cluster")
    .option("--currency <code>", "only costs in this currency")
    .option("--from <day>", "first day judged (YYYY-MM-DD, UTC); default 30 days before --to")
    .option("--to <day>", "last day judged; default yesterday")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .action(
      runAction(async (options: AnomaliesOptions) => {
        const { format: _format, ...input } = options;
        const result = await withPrisma((db) =>
          listAnomalies(db, { ctx: systemContext("anomalies"), input }),
        ).catch((error: unknown) => {
          if (!(error instanceof ZodError)) throw error;
          const issue = error.issues[0];
          throw new Error(`--${String(issue?.path[0] ?? "from")}: ${issue?.message}`);
        });
        console.log(
          options.format === "json" ? JSON.stringify(result, null, 2) : formatAnomaliesTable(result),
        );
      }),
    );
}
