import type { Db } from "../../db/prisma";
import { recordAudit } from "../audit/record-audit";
import type { ServiceCall } from "../service-context";
import { NotFoundError } from "../service-errors";
import { budgetJson } from "./budget-json";
import { isBudgetId, type TBudgetPatch, ZBudgetPatch } from "./budget-params";
import { requireBudgetWriter } from "./require-budget-writer";
import { withBudgetConflicts } from "./write-budget-errors";

export async function updateBudget(db: Db, { ctx, input }: ServiceCall<{ id: string; patch: TBudgetPatch }>) {
  requireBudgetWriter(ctx);
  const patch = ZBudgetPatch.parse(input.patch);
  const found = isBudgetId(input.id) ? await db.budget.findUnique({ where: { id: input.id } }) : null;
  if (!found) throw new NotFoundError(`budget ${input.id}: not found`);
  const budget = await withBudgetConflicts(() =>
    db.$transaction(async (tx) => {
      const updated = await tx.budget.update({ where: { id: input.id }, data: patch });
      await recordAudit(tx, ctx, {
        action: "budget.update",
        targetType: "budget",
        targetId: updated.id,
        before: budgetJson(found),
        after: budgetJson(updated),
      });
      return updated;
    }),
  );
  return budgetJson(budget);
}
