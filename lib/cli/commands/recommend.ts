import { type Command, Option } from "commander";
import {
  RECOMMENDATION_RULE_INFO,
  RECOMMENDATION_RULES,
  type RecommendationRule,
} from "../../costing/recommendations/recommendation-rules";
import {
  type RecommendationDto,
  serializeRecommendation,
  splitSavings,
  summarizeRecommendations,
} from "../../costing/recommendations/serialize-recommendation";
import { formatPayback } from "../../format";
import { formatMoney, formatSavings } from "../../format-money";
import { type Dec, sum } from "../../pricing/decimal";
import { listRecommendations } from "../../services/recommendations/list-recommendations";
import { systemContext } from "../../services/service-context";
import { runAction } from "../run-action";
import { withPrisma } from "../with-prisma";

interface RecommendOptions {
  cluster?: string;
  rule?: RecommendationRule;
  format: "table" | "json";
  includeDismissed?: boolean;
}

function money(cost: RecommendationDto["current"]["cost"]): string {
  if (cost.monthlyCost === null) return "unpriced";
  const amount = formatMoney(cost.monthlyCost, cost.currency);
  return cost.status === "estimated" ? `${amount} est.` : amount;
}

/** "saves $6.00", "spends $927.36" (est. when estimated), or "savings unpriced". */
function savingsPhrase(cost: RecommendationDto["savings"]): string {
  if (cost.monthlyCost === null) return "savings unpriced";
  return `${formatSavings(cost.monthlyCost, cost.currency)}${cost.status === "estimated" ? " est." : ""}`;
}

function printTable(items: RecommendationDto[], currency: string, asOf: Date) {
  console.log(
    `Recommendations as of ${asOf.toISOString()}, per month in ${currency}, largest net value first`,
  );
  for (const rule of RECOMMENDATION_RULES) {
    const mine = items.filter((r) => r.rule === rule);
    if (mine.length === 0) continue;
    console.log(`\n${RECOMMENDATION_RULE_INFO[rule].label}: ${mine.length}`);
    for (const r of mine) {
      const subject = `${r.namespace ? `${r.namespace}/` : ""}${r.name}`;
      // A rule that spends on storage to save GPU time says both sides, and what it nets.
      const gpu =
        r.gpuCostRecoveredPerMonth === null
          ? ""
          : `, GPU time recovered ${formatMoney(r.gpuCostRecoveredPerMonth, r.savings.currency)} est., net ${
              r.netMonthlyValue === null ? "unpriced" : formatMoney(r.netMonthlyValue, r.savings.currency)
            }${r.paybackDays === null ? "" : `, payback ${formatPayback(r.paybackDays)}`}`;
      console.log(
        `  ${r.clusterName.padEnd(18)} ${subject.padEnd(52)} ${money(r.current.cost).padStart(12)} → ${money(r.proposed.cost).padEnd(14)} ${savingsPhrase(r.savings)}${gpu}${r.dismissed ? `  (dismissed: ${r.dismissed.reason})` : ""}`,
      );
      console.log(`      ${r.current.label} → ${r.proposed.label}: ${r.fix.summary}`);
    }
  }
}

export function registerRecommendCommand(program: Command) {
  program
    .command("recommend")
    .description("tier recommendations with $/month saved, the performance given up or gained, and the fix")
    .option("--cluster <name>", "only this cluster")
    .addOption(new Option("--rule <rule>", "only this rule").choices(RECOMMENDATION_RULES))
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .option("--include-dismissed", "also list recommendations someone dismissed")
    .action(
      runAction(async (options: RecommendOptions) => {
        const now = new Date();
        const list = await withPrisma((db) =>
          listRecommendations(db, {
            ctx: systemContext("recommend"),
            input: { now, clusterName: options.cluster, includeDismissed: options.includeDismissed },
          }),
        );
        for (const warning of list.warnings) console.error(`tierscope: ${warning}`);
        const selected = list.recommendations.filter(
          (r) => !options.rule || r.recommendation.rule === options.rule,
        );
        const items = selected.map((r) => serializeRecommendation(r.recommendation, r.dismissal));
        const open = selected.filter((r) => r.dismissal === null).map((r) => r.recommendation);
        if (options.format === "json") {
          console.log(
            JSON.stringify(
              {
                asOf: now.toISOString(),
                currency: list.currency,
                thresholds: list.thresholds,
                totals: summarizeRecommendations(open, list.currency).filter(
                  (t) => !options.rule || t.rule === options.rule,
                ),
                dismissedCount: list.dismissedCount,
                recommendations: items,
              },
              null,
              2,
            ),
          );
          return;
        }
        printTable(items, list.currency, now);
        const total = sum(open.map((r) => r.netMonthlyValue).filter((v): v is Dec => v !== null)).toFixed();
        const unpriced = open.filter((r) => r.netMonthlyValue === null).length;
        const split = splitSavings(open);
        // Storage money (from the catalog) and GPU time recovered (modelled) apart, then the net.
        const parts =
          split.gpuMonthlyRecovered === null
            ? `${formatMoney(total, list.currency)}/month`
            : `storage ${formatSavings(split.storageMonthlySavings, list.currency)}/month, GPU time recovered ${formatMoney(split.gpuMonthlyRecovered, list.currency)}/month (estimate), net ${formatMoney(total, list.currency)}/month`;
        console.log(
          `\n${items.length} recommendation(s), ${parts}` +
            (unpriced > 0 ? `, ${unpriced} unpriced (not in the total)` : "") +
            (list.dismissedCount > 0 && !options.includeDismissed
              ? `; ${list.dismissedCount} dismissed (--include-dismissed)`
              : ""),
        );
      }),
    );
}
