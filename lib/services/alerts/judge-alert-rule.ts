import type { AlertCandidate } from "../../costing/alerts/alert-candidate";
import { anomalyAlertWindow } from "../../costing/alerts/anomaly-alert-window";
import { judgeAnomalyRule } from "../../costing/alerts/judge-anomaly-rule";
import { judgeBudgetRule } from "../../costing/alerts/judge-budget-rule";
import { judgeUnpricedRule } from "../../costing/alerts/judge-unpriced-rule";
import { judgeWasteRule, wasteGroupKey } from "../../costing/alerts/judge-waste-rule";
import { isoDayOf } from "../../costing/day-window";
import type { AlertRule } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { recordFindingSightings } from "../../queries/alerts/record-finding-sightings";
import { getAnomalySettings } from "../../queries/anomalies/get-anomaly-settings";
import { listAnomalies } from "../anomalies/list-anomalies";
import { listBudgets } from "../budgets/list-budgets";
import { getForecast } from "../forecasts/get-forecast";
import { ALL_TEAMS, type ServiceContext } from "../service-context";
import { listWasteFindings } from "../waste/list-waste-findings";

/** The rule's reader: the alert job, over the rule's team only (or the whole fleet). */
export function ruleContext(rule: Pick<AlertRule, "teamId">): ServiceContext {
  return {
    actor: { kind: "system", name: "alerts" },
    roles: ["admin"],
    scope: rule.teamId === null ? ALL_TEAMS : { kind: "teams", teamIds: [rule.teamId] },
  };
}

/**
 * What one rule finds now, through the same services the pages use, within the rule's team. `memo`
 * shares one sweep's service results between rules of the same scope.
 */
export async function judgeAlertRule(
  db: Db,
  input: { rule: AlertRule; now: Date; memo: Map<string, Promise<unknown>> },
): Promise<AlertCandidate[]> {
  const { rule, now } = input;
  const ctx = ruleContext(rule);
  const once = <T>(what: string, load: () => Promise<T>): Promise<T> => {
    const key = `${what}|${rule.teamId}`;
    if (!input.memo.has(key)) input.memo.set(key, load());
    return input.memo.get(key) as Promise<T>;
  };
  switch (rule.kind) {
    case "budget_actual":
    case "budget_forecast": {
      const { budgets } = await once("budgets", () => listBudgets(db, { ctx, input: {} }, now));
      return judgeBudgetRule({
        measure: rule.kind === "budget_actual" ? "actual" : "forecast",
        threshold: (rule.threshold ?? 1).toString(),
        budgetId: rule.budgetId,
        budgets,
      });
    }
    case "anomaly": {
      // The configured baseline, as the anomalies service detects with: the run is seen whole.
      const { settings } = await once("anomaly-settings", () => getAnomalySettings(db));
      const { from, to, activeFrom } = anomalyAlertWindow(isoDayOf(now), settings.baselineDays);
      const { anomalies } = await once("anomalies", () =>
        listAnomalies(db, { ctx, input: { from, to } }, now),
      );
      return judgeAnomalyRule(anomalies.filter((a) => a.lastDay >= activeFrom));
    }
    case "waste": {
      const { findings } = await once("waste", () => listWasteFindings(db, { ctx, input: { now } }));
      const firstSeen = await recordFindingSightings(db, {
        ruleId: rule.id,
        groupKeys: findings.map((f) => wasteGroupKey(f.finding)),
        // Never at or before the rule's creation, which only its standing waste carries: a sweep
        // whose clock reads earlier (TIERSCOPE_NOW, or a rule made while this sweep ran) still
        // sees new waste as new.
        seenAt: new Date(Math.max(now.getTime(), rule.createdAt.getTime() + 1)),
      });
      return judgeWasteRule({
        minAmount: (rule.minAmount ?? 0).toString(),
        currency: rule.currency ?? "USD",
        ruleCreatedAt: rule.createdAt,
        findings: findings.map(({ finding }) => ({
          finding,
          firstSeenAt: firstSeen.get(wasteGroupKey(finding)) ?? now,
        })),
      });
    }
    case "unpriced": {
      const forecast = await once("unpriced", () =>
        getForecast(db, { ctx, input: { by: "namespace" } }, now),
      );
      return judgeUnpricedRule({ month: forecast.month, groups: forecast.groups });
    }
  }
}
