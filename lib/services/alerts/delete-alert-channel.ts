import type { Db } from "../../db/prisma";
import { recordAudit } from "../audit/record-audit";
import type { ServiceCall } from "../service-context";
import { ConflictError, NotFoundError } from "../service-errors";
import { alertChannelJson } from "./alert-json";
import { isAlertId } from "./alert-params";
import { requireAlertWriter } from "./require-alert-writer";

/** Deletes a channel no rule routes to (re-route or delete those rules first). */
export async function deleteAlertChannel(db: Db, { ctx, input }: ServiceCall<{ id: string }>) {
  requireAlertWriter(ctx);
  const found = isAlertId(input.id)
    ? await db.alertChannel.findUnique({
        where: { id: input.id },
        include: { rules: { select: { rule: { select: { name: true } } } } },
      })
    : null;
  if (!found) throw new NotFoundError(`alert channel ${input.id}: not found`);
  if (found.rules.length > 0)
    throw new ConflictError(
      `alert channel ${found.name}: still used by rule ${found.rules.map((r) => r.rule.name).join(", ")}`,
    );
  await db.$transaction(async (tx) => {
    await tx.alertChannel.delete({ where: { id: found.id } });
    await recordAudit(tx, ctx, {
      action: "alert_channel.delete",
      targetType: "alert_channel",
      targetId: found.id,
      before: alertChannelJson(found),
      after: null,
    });
  });
}
