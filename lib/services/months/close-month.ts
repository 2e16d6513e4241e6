import { z } from "zod";
import { checklistItems, type MonthCloseChecklist } from "../../costing/month-close-checklist";
import type { Db } from "../../db/prisma";
import { killPoint } from "../../kill-point";
import { setMonthClosed } from "../../queries/costs/close-month";
import { getMonthCloseChecklist } from "../../queries/costs/get-month-close-checklist";
import { getMonthClose } from "../../queries/reports/get-month-close";
import { recordAudit } from "../audit/record-audit";
import { assertRole } from "../identity/assert-role";
import { describeActor, type ServiceCall } from "../service-context";
import { ConflictError } from "../service-errors";

export const ZMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month written YYYY-MM");

export const ZCloseMonthInput = z.strictObject({
  month: ZMonth,
  /** Why the month may close although its checklist has open items: required then, kept in the audit log. */
  reason: z.string().trim().min(1).max(500).optional(),
});
export type TCloseMonthInput = z.input<typeof ZCloseMonthInput>;

/** POST /api/v1/months/{month}/close: the month is in the path, the reason (if any) in the body. */
export const ZCloseMonthBody = ZCloseMonthInput.omit({ month: true });

/**
 * A close refused because its checklist has open items and no reason acknowledged them: a 409
 * whose answer carries the checklist beside the error.
 */
export class ChecklistNotAcknowledgedError extends ConflictError {
  constructor(readonly checklist: MonthCloseChecklist) {
    super(
      `month ${checklist.month} has open checklist items; give a reason to close it anyway: ${checklistItems(checklist).join("; ")}`,
      { checklist },
    );
  }
}

/**
 * Closes a month for finance (finance or admin): its facts are frozen until an admin reopens it.
 * The pre-close checklist (unpriced resource-days, stale costs, pending recomputes) must be clean,
 * or acknowledged with a reason; the close, the checklist it saw and the reason go to the audit log.
 */
export async function closeMonth(
  db: Db,
  { ctx, input }: ServiceCall<TCloseMonthInput>,
  now: Date,
): Promise<{ month: string; checklist: MonthCloseChecklist; alreadyClosed: boolean }> {
  assertRole(ctx, "finance", "admin");
  const { month, reason } = ZCloseMonthInput.parse(input);
  if (`${month}-01` > now.toISOString().slice(0, 10)) {
    throw new ConflictError(`month ${month} has not started: only past or current months can be closed`);
  }
  const checklist = await getMonthCloseChecklist(db, month);
  if (await getMonthClose(db, month)) return { month, checklist, alreadyClosed: true };
  if (!checklist.clean && !reason) throw new ChecklistNotAcknowledgedError(checklist);
  killPoint("close-month:checklist-read");
  await db.$transaction(async (tx) => {
    await setMonthClosed(tx, { month, closed: true, by: describeActor(ctx.actor), now });
    await recordAudit(tx, ctx, {
      action: "month.close",
      targetType: "month",
      targetId: month,
      before: null,
      after: { month, checklist, acknowledged: checklistItems(checklist), reason: reason ?? null },
    });
    killPoint("close-month:audited");
  });
  killPoint("close-month:committed");
  return { month, checklist, alreadyClosed: false };
}
