import type { Db } from "../../db/prisma";
import { recordAudit } from "../audit/record-audit";
import type { ServiceCall } from "../service-context";
import { NotFoundError } from "../service-errors";
import { alertRuleJson, RULE_NAMES } from "./alert-json";
import { isAlertId } from "./alert-params";
import { requireAlertWriter } from "./require-alert-writer";

/** Deletes a rule with its history and its deliveries not yet sent. */
export async function deleteAlertRule(db: Db, { ctx, input }: ServiceCall<{ id: string }>) {
  requireAlertWriter(ctx);
  const found = isAlertId(input.id)
    ? await db.alertRule.findUnique({ where: { id: input.id }, include: RULE_NAMES })
    : null;
  if (!found) throw new NotFoundError(`alert rule ${input.id}: not found`);
  await db.$transaction(async (tx) => {
    await tx.alertRule.delete({ where: { id: found.id } });
    await recordAudit(tx, ctx, {
      action: "alert_rule.delete",
      targetType: "alert_rule",
      targetId: found.id,
      before: alertRuleJson(found),
      after: null,
    });
  });
}
