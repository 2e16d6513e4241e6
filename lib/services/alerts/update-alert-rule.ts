import type { Db } from "../../db/prisma";
import { recordAudit } from "../audit/record-audit";
import type { ServiceCall } from "../service-context";
import { InvalidInputError, NotFoundError } from "../service-errors";
import { alertRuleJson, RULE_NAMES } from "./alert-json";
import { isAlertId, type TAlertRulePatch, ZAlertRulePatch } from "./alert-params";
import { requireAlertWriter } from "./require-alert-writer";
import { resolveRuleReferences } from "./resolve-rule-references";
import { withAlertConflicts } from "./with-alert-conflicts";

/**
 * Renames, re-routes, changes a rule's figures or watched budget, or mutes it until a time (null:
 * unmutes). A budget is checked as at creation: one the rule's team would never see is refused.
 */
export async function updateAlertRule(
  db: Db,
  { ctx, input }: ServiceCall<{ id: string; patch: TAlertRulePatch }>,
) {
  requireAlertWriter(ctx);
  const patch = ZAlertRulePatch.parse(input.patch);
  const found = isAlertId(input.id)
    ? await db.alertRule.findUnique({ where: { id: input.id }, include: RULE_NAMES })
    : null;
  if (!found) throw new NotFoundError(`alert rule ${input.id}: not found`);
  const budgetKind = found.kind === "budget_actual" || found.kind === "budget_forecast";
  if (patch.threshold !== undefined && !budgetKind)
    throw new InvalidInputError("threshold: only for budget rules");
  if (patch.minAmount !== undefined && found.kind !== "waste")
    throw new InvalidInputError("minAmount: only for waste rules");
  if (patch.budget !== undefined && !budgetKind) throw new InvalidInputError("budget: only for budget rules");
  const { channelIds, budgetId } = await resolveRuleReferences(db, {
    channels: patch.channels,
    team: found.team?.slug,
    budget: patch.budget ?? undefined,
  });
  return withAlertConflicts("rule", () =>
    db.$transaction(async (tx) => {
      if (channelIds) {
        await tx.alertRuleChannel.deleteMany({ where: { ruleId: found.id } });
        await tx.alertRuleChannel.createMany({
          data: channelIds.map((channelId) => ({ ruleId: found.id, channelId })),
        });
      }
      const updated = await tx.alertRule.update({
        where: { id: found.id },
        data: {
          name: patch.name,
          budgetId: patch.budget === undefined ? undefined : budgetId,
          threshold: patch.threshold,
          minAmount: patch.minAmount,
          mutedUntil:
            patch.mutedUntil === undefined ? undefined : patch.mutedUntil && new Date(patch.mutedUntil),
        },
        include: RULE_NAMES,
      });
      const json = alertRuleJson(updated);
      await recordAudit(tx, ctx, {
        action: "alert_rule.update",
        targetType: "alert_rule",
        targetId: found.id,
        before: alertRuleJson(found),
        after: json,
      });
      return json;
    }),
  );
}
