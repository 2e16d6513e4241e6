import type { Db } from "../../db/prisma";
import { recordAudit } from "../audit/record-audit";
import { assertRole } from "../identity/assert-role";
import { describeActor, type ServiceCall, scopedTeamIds } from "../service-context";
import { NotFoundError } from "../service-errors";
import { isAlertId } from "./alert-params";

/**
 * Marks a notification as seen by the actor: anyone who may read it except a read-only viewer.
 * Acknowledging twice keeps the first acknowledgement.
 */
export async function acknowledgeAlert(db: Db, { ctx, input }: ServiceCall<{ id: string }>) {
  assertRole(ctx, "admin", "finance", "member");
  const teamIds = scopedTeamIds(ctx);
  const found = isAlertId(input.id)
    ? await db.alertEvent.findFirst({
        where: { id: input.id, ...(teamIds === null ? {} : { rule: { teamId: { in: [...teamIds] } } }) },
      })
    : null;
  if (!found) throw new NotFoundError(`alert ${input.id}: not found`);
  if (found.acknowledgedAt) return { id: found.id, acknowledgedAt: found.acknowledgedAt.toISOString() };
  return db.$transaction(async (tx) => {
    const updated = await tx.alertEvent.update({
      where: { id: found.id },
      data: { acknowledgedAt: new Date(), acknowledgedBy: describeActor(ctx.actor) },
    });
    await recordAudit(tx, ctx, {
      action: "alert.acknowledge",
      targetType: "alert_event",
      targetId: found.id,
      before: { acknowledgedAt: null },
      after: { acknowledgedAt: updated.acknowledgedAt, acknowledgedBy: updated.acknowledgedBy },
    });
    return { id: updated.id, acknowledgedAt: (updated.acknowledgedAt as Date).toISOString() };
  });
}
