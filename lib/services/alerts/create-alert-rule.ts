import type { Db } from "../../db/prisma";
import { recordAudit } from "../audit/record-audit";
import type { ServiceCall } from "../service-context";
import { alertRuleJson, RULE_NAMES } from "./alert-json";
import { type TAlertRuleInput, ZAlertRuleInput } from "./alert-params";
import { requireAlertWriter } from "./require-alert-writer";
import { resolveRuleReferences } from "./resolve-rule-references";
import { withAlertConflicts } from "./with-alert-conflicts";

export async function createAlertRule(db: Db, { ctx, input }: ServiceCall<TAlertRuleInput>) {
  requireAlertWriter(ctx);
  const value = ZAlertRuleInput.parse(input);
  const refs = await resolveRuleReferences(db, value);
  const rule = await withAlertConflicts("rule", () =>
    db.$transaction(async (tx) => {
      const created = await tx.alertRule.create({
        data: {
          name: value.name,
          kind: value.kind,
          teamId: refs.teamId,
          budgetId: refs.budgetId,
          threshold: value.threshold ?? null,
          minAmount: value.minAmount ?? null,
          currency: value.currency ?? null,
          channels: { create: (refs.channelIds ?? []).map((channelId) => ({ channelId })) },
        },
        include: RULE_NAMES,
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
