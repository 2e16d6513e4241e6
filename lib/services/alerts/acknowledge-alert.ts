import type { Db } from "../../db/prisma";
import { recordAudit } from "../audit/record-audit";
import { assertRole } from "../identity/assert-role";
import { describeActor, type ServiceCall, scopedTeamIds } from "../service-context";
import { ConflictError, NotFoundError } from "../service-errors";
import { isAlertId } from "./alert-params";

/**
 * Marks a notification as seen by the actor: anyone who may read it except a read-only viewer.
 * The write is conditional (only while nobody has acknowledged it), so of two acknowledgements at
 * once exactly one wins. The same actor acknowledging again gets the first acknowledgement back;
 * anyone else, at once or later, gets a conflict naming who acknowledged first.
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
  const acknowledgedBy = describeActor(ctx.actor);
  return db.$transaction(async (tx) => {
    const acknowledgedAt = new Date();
    const { count } = await tx.alertEvent.updateMany({
      where: { id: found.id, acknowledgedAt: null },
      data: { acknowledgedAt, acknowledgedBy },
    });
    if (count === 0) {
      const winner = await tx.alertEvent.findUniqueOrThrow({ where: { id: found.id } });
      if (winner.acknowledgedBy === acknowledgedBy)
        return { id: found.id, acknowledgedAt: (winner.acknowledgedAt as Date).toISOString() };
      throw new ConflictError(
        `alert ${found.id}: already acknowledged by ${winner.acknowledgedBy} at ${winner.acknowledgedAt?.toISOString()}`,
      );
    }
    await recordAudit(tx, ctx, {
      action: "alert.acknowledge",
      targetType: "alert_event",
      targetId: found.id,
      before: { acknowledgedAt: null },
      after: { acknowledgedAt, acknowledgedBy },
    });
    return { id: found.id, acknowledgedAt: acknowledgedAt.toISOString() };
  });
}
