import { type Command, Option } from "commander";
import { ZodError } from "zod";
import { formatMoney } from "../../format-money";
import { FORECAST_GROUPINGS, type ForecastGrouping } from "../../services/forecasts/forecast-params";
import { type ForecastResult, getForecast } from "../../services/forecasts/get-forecast";
import { systemContext } from "../../services/service-context";
import { formatTable } from "../prices/table";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

interface ForecastOptions {
  by: ForecastGrouping;
  cluster?: string;
  currency?: string;
  madeOn?: string;
  format: "table" | "json";
}

/** Money to the cent with the currency; the interval as low … high. */
export function formatForecastTable(result: ForecastResult): string {
  const lines = [
    `Forecast made on ${result.madeOn} (costs known through ${result.lastKnownDay}) by ${result.by}: ` +
      `${result.month} month end and ${result.nextMonth}, ${result.method.intervalCoverage * 100}% intervals`,
  ];
  if (result.groups.length === 0)
    return [...lines, "No costs in the last weeks to forecast from."].join("\n");
  const header = [
    "GROUP",
    "MONTH TO DATE",
    "MONTH END",
    "INTERVAL",
    "NEXT MONTH",
    "INTERVAL",
    "TREND/DAY",
    "UNPRICED DAYS",
  ];
  const rows = result.groups.map((g) => {
    const money = (amount: string) => formatMoney(amount, g.currency);
    const range = (e: { low: string; high: string } | null) =>
      e ? `${money(e.low)} … ${money(e.high)}` : "";
    return [
      g.key,
      money(g.monthToDate),
      g.monthEnd ? money(g.monthEnd.expected) : "unpriced",
      range(g.monthEnd),
      g.nextMonth ? money(g.nextMonth.expected) : "unpriced",
      range(g.nextMonth),
      `${Number(g.trendPerDay) >= 0 ? "+" : ""}${formatMoney(g.trendPerDay, g.currency, 4)}`,
      String(g.unpricedResourceDays),
    ];
  });
  lines.push(formatTable(header, rows));
  if (result.groups.some((g) => g.unpricedResourceDays > 0)) {
    lines.push("Unpriced resource-days add nothing to a forecast (never counted as $0).");
  }
  return lines.join("\n");
}

/** `tierscope forecast`: month-end and next-month cost per group, with prediction intervals. */
export function registerForecastCommand(program: Command) {
  program
    .command("forecast")
    .description(
      "month-end and next-month storage cost per group, from the daily costs, with prediction intervals",
    )
    .addOption(new Option("--by <grouping>", "how to group").choices(FORECAST_GROUPINGS).default("fleet"))
    .option("--cluster <name>", "only this cluster")
    .option("--currency <code>", "only costs in this currency")
    .option("--made-on <day>", "forecast as if made on this day (YYYY-MM-DD, UTC); default today")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .action(
      runAction(async (options: ForecastOptions) => {
        const input = {
          by: options.by,
          cluster: options.cluster,
          currency: options.currency,
          madeOn: options.madeOn,
        };
        const result = await withPrisma((db) =>
          getForecast(db, { ctx: systemContext("forecast"), input }),
        ).catch((error: unknown) => {
          if (!(error instanceof ZodError)) throw error;
          const issue = error.issues[0];
          const flag = String(issue?.path[0] ?? "by").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
          throw new Error(`--${flag}: ${issue?.message}`);
        });
        console.log(
          options.format === "json" ? JSON.stringify(result, null, 2) : formatForecastTable(result),
        );
      }),
    );
}
