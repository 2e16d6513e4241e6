import type { Db } from "../../db/prisma";
import { recordAudit } from "../audit/record-audit";
import type { ServiceCall } from "../service-context";
import { NotFoundError } from "../service-errors";
import { budgetJson } from "./budget-json";
import { isBudgetId } from "./budget-params";
import { requireBudgetWriter } from "./require-budget-writer";

export async function deleteBudget(db: Db, { ctx, input }: ServiceCall<{ id: string }>) {
  requireBudgetWriter(ctx);
  const found = isBudgetId(input.id) ? await db.budget.findUnique({ where: { id: input.id } }) : null;
  if (!found) throw new NotFoundError(`budget ${input.id}: not found`);
  await db.$transaction(async (tx) => {
    await tx.budget.delete({ where: { id: found.id } });
    await recordAudit(tx, ctx, {
      action: "budget.delete",
      targetType: "budget",
      targetId: found.id,
      before: budgetJson(found),
      after: null,
    });
  });
}
