import type { Db } from "../../db/prisma";
import { recordAudit } from "../audit/record-audit";
import type { ServiceCall } from "../service-context";
import { NotFoundError } from "../service-errors";
import { budgetJson } from "./budget-json";
import { isBudgetId } from "./budget-params";
import { requireBudgetWriter } from "./require-budget-writer";

export async function deleteBudget(db: Db, { ctx, input }: ServiceCall<{ id: string }>) {
  requireBudgetWriter(ctx);
  const { count } = isBudgetId(input.id)
    ? await db.budget.deleteMany({ where: { id: input.id } })
    : { count: 0 };
  if (count === 0) throw new NotFoundError(`budget ${input.id}: not found`);
}
