import { type Command, Option } from "commander";
import { wasteFindingsCsv } from "../../costing/waste/findings-csv";
import {
  serializeFinding,
  serializeRuleTotal,
  type WasteFindingDto,
} from "../../costing/waste/serialize-finding";
import { summarizeWaste } from "../../costing/waste/summarize-waste";
import { WASTE_RULE_INFO, WASTE_RULES, type WasteRule } from "../../costing/waste/waste-rules";
import { formatMoney } from "../../format-money";
import { sum } from "../../pricing/decimal";
import { systemContext } from "../../services/service-context";
import { listWasteFindings } from "../../services/waste/list-waste-findings";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

interface WasteOptions {
  cluster?: string;
  rule?: WasteRule;
  format: "table" | "json" | "csv";
  includeDismissed?: boolean;
}

/** Lines of a fix shown per finding in the table; the JSON and CSV carry all of them. */
const COMMAND_LINES = 6;

function money(cost: WasteFindingDto["cost"]): string {
  if (cost.monthlyCost === null) return "unpriced";
  const amount = formatMoney(cost.monthlyCost, cost.currency);
  return cost.status === "estimated" ? `${amount} est.` : amount;
}

function owner(f: WasteFindingDto): string {
  const who = `${f.owner.namespace ?? "unknown"}${f.owner.team ? ` (${f.owner.team})` : ""}`;
  return f.owner.allocation === "unallocated" ? `unallocated, likely ${who}` : who;
}

function printTable(findings: WasteFindingDto[], currency: string, asOf: Date) {
  console.log(`Waste as of ${asOf.toISOString()}, per month in ${currency}`);
  for (const rule of WASTE_RULES) {
    const mine = findings.filter((f) => f.rule === rule);
    if (mine.length === 0) continue;
    console.log(`\n${WASTE_RULE_INFO[rule].label}: ${mine.length}`);
    for (const f of mine) {
      const subject = `${f.kind} ${f.namespace ? `${f.namespace}/` : ""}${f.name}`;
      console.log(
        `  ${f.clusterName.padEnd(18)} ${subject.padEnd(64)} ${owner(f).padEnd(40)} ${`${f.ageDays} d`.padStart(6)}  ${money(f.cost).padStart(14)}${f.dismissed ? "  (dismissed)" : ""}`,
      );
      const lines = f.fix.command.split("\n");
      for (const line of lines.slice(0, COMMAND_LINES)) console.log(`      ${line}`);
      if (lines.length > COMMAND_LINES) {
        console.log(
          `      … ${lines.length - COMMAND_LINES} more line(s): --format json or csv has them all`,
        );
      }
    }
  }
}

export function registerWasteCommand(program: Command) {
  program
    .command("waste")
    .description(
      "list waste (released, unbound and unmounted volumes, orphaned and excess snapshots, oversized volumes) with $/month and the fix",
    )
    .option("--cluster <name>", "only this cluster")
    .addOption(new Option("--rule <rule>", "only this rule").choices(WASTE_RULES))
    .addOption(
      new Option("--format <format>", "output format").choices(["table", "json", "csv"]).default("table"),
    )
    .option("--include-dismissed", "also list findings someone dismissed")
    .action(
      runAction(async (options: WasteOptions) => {
        const now = new Date();
        const list = await withPrisma((db) =>
          listWasteFindings(db, {
            ctx: systemContext("waste"),
            input: { now, clusterName: options.cluster, includeDismissed: options.includeDismissed },
          }),
        );
        for (const warning of list.warnings) console.error(`tierscope: ${warning}`);
        const all = list.findings.map((f) => serializeFinding(f.finding, f.dismissed));
        const findings = options.rule ? all.filter((f) => f.rule === options.rule) : all;
        const totals = summarizeWaste(
          list.findings.filter((f) => !options.rule || f.finding.rule === options.rule).map((f) => f.finding),
        ).filter((t) => !options.rule || t.rule === options.rule);
        if (options.format === "csv") {
          process.stdout.write(wasteFindingsCsv(findings));
          return;
        }
        if (options.format === "json") {
          console.log(
            JSON.stringify(
              {
                asOf: now.toISOString(),
                currency: list.currency,
                thresholds: list.thresholds,
                totals: totals.map((t) => serializeRuleTotal(t, list.currency)),
                dismissedCount: list.dismissedCount,
                findings,
              },
              null,
              2,
            ),
          );
          return;
        }
        printTable(findings, list.currency, now);
        const priced = sum(totals.map((t) => t.monthlyCost)).toFixed();
        const unpriced = totals.reduce((n, t) => n + t.unpricedCount, 0);
        const estimated = totals.reduce((n, t) => n + t.estimatedCount, 0);
        console.log(
          `\n${findings.length} finding(s), ${formatMoney(priced, list.currency)}/month` +
            (estimated > 0 ? `, ${estimated} estimated` : "") +
            (unpriced > 0 ? `, ${unpriced} unpriced (not in the total)` : "") +
            (list.dismissedCount > 0 && !options.includeDismissed
              ? `; ${list.dismissedCount} dismissed (--include-dismissed)`
              : ""),
        );
      }),
    );
}
