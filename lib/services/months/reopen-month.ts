import { z } from "zod";
import type { Db } from "../../db/prisma";
import { setMonthClosed } from "../../queries/costs/close-month";
import { getMonthClose } from "../../queries/reports/get-month-close";
import { recordAudit } from "../audit/record-audit";
import { assertRole } from "../identity/assert-role";
import { describeActor, type ServiceCall } from "../service-context";
import { ConflictError } from "../service-errors";
import { ZMonth } from "./close-month";

export const ZReopenMonthInput = z.strictObject({
  month: ZMonth,
  /** Why a closed month opens again: required, kept in the audit log. */
  reason: z.string().trim().min(1, "say why the month reopens").max(500),
});
export type TReopenMonthInput = z.input<typeof ZReopenMonthInput>;

/** POST /api/v1/months/{month}/reopen: the month is in the path, the reason in the body. */
export const ZReopenMonthBody = ZReopenMonthInput.omit({ month: true });

/**
 * Reopens a closed month (admin only): the next recompute updates its facts, and reports of it are
 * preliminary again. Recorded in the audit log with who closed it, when, and the reason.
 */
export async function reopenMonth(
  db: Db,
  { ctx, input }: ServiceCall<TReopenMonthInput>,
  now: Date,
): Promise<{ month: string }> {
  assertRole(ctx, "admin");
  const { month, reason } = ZReopenMonthInput.parse(input);
  const close = await getMonthClose(db, month);
  if (!close) throw new ConflictError(`month ${month} is not closed`);
  await db.$transaction(async (tx) => {
    await setMonthClosed(tx, { month, closed: false, by: describeActor(ctx.actor), now });
    await recordAudit(tx, ctx, {
      action: "month.reopen",
      targetType: "month",
      targetId: month,
      before: { month, closedAt: close.closedAt.toISOString(), closedBy: close.closedBy },
      after: { month, reason },
    });
  });
  return { month };
}
