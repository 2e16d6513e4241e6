import { clockNow } from "../../clock";
import { wasteGroupKey } from "../../costing/alerts/judge-waste-rule";
import type { Db } from "../../db/prisma";
import { recordAudit } from "../audit/record-audit";
import type { ServiceCall } from "../service-context";
import { listWasteFindings } from "../waste/list-waste-findings";
import { alertRuleJson, RULE_NAMES } from "./alert-json";
import { type TAlertRuleInput, ZAlertRuleInput } from "./alert-params";
import { ruleContext } from "./judge-alert-rule";
import { requireAlertWriter } from "./require-alert-writer";
import { resolveRuleReferences } from "./resolve-rule-references";
import { withAlertConflicts } from "./with-alert-conflicts";

/**
 * Creates a rule. A waste rule records the findings it sees now, within its team, as standing waste
 * it will never announce: only waste first seen after it was made is news (README "Alerts").
 */
export async function createAlertRule(
  db: Db,
  { ctx, input }: ServiceCall<TAlertRuleInput>,
  now = clockNow(),
) {
  requireAlertWriter(ctx);
  const value = ZAlertRuleInput.parse(input);
  const refs = await resolveRuleReferences(db, value);
  const standing =
    value.kind === "waste"
      ? (await listWasteFindings(db, { ctx: ruleContext(refs), input: { now } })).findings.map((f) =>
          wasteGroupKey(f.finding),
        )
      : [];
  const rule = await withAlertConflicts("rule", () =>
    db.$transaction(async (tx) => {
      const created = await tx.alertRule.create({
        data: {
          name: value.name,
          kind: value.kind,
          createdAt: now,
          teamId: refs.teamId,
          budgetId: refs.budgetId,
          threshold: value.threshold ?? null,
          minAmount: value.minAmount ?? null,
          currency: value.currency ?? null,
          channels: { create: (refs.channelIds ?? []).map((channelId) => ({ channelId })) },
        },
        include: RULE_NAMES,
      });
      await tx.alertFindingSighting.createMany({
        data: standing.map((groupKey) => ({ ruleId: created.id, groupKey, firstSeenAt: now })),
      });
      const json = alertRuleJson(created);
      await recordAudit(tx, ctx, {
        action: "alert_rule.create",
        targetType: "alert_rule",
        targetId: created.id,
        before: null,
        after: json,
      });
      return json;
    }),
  );
  return rule;
}
