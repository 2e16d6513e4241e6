import type { Db } from "../../db/prisma";
import { recordAudit } from "../audit/record-audit";
import type { ServiceCall } from "../service-context";
import { budgetJson } from "./budget-json";
import { type TBudgetInput, ZBudgetInput } from "./budget-params";
import { requireBudgetWriter } from "./require-budget-writer";
import { withBudgetConflicts } from "./write-budget-errors";

export async function createBudget(db: Db, { ctx, input }: ServiceCall<TBudgetInput>) {
  requireBudgetWriter(ctx);
  const value = ZBudgetInput.parse(input);
  const budget = await withBudgetConflicts(() =>
    db.$transaction(async (tx) => {
      const created = await tx.budget.create({
        data: {
          name: value.name,
          scopeKind: value.scopeKind,
          scopeKey: value.scopeKind === "fleet" ? "fleet" : (value.scopeKey as string),
          monthlyAmount: value.monthlyAmount,
          currency: value.currency,
          actualThreshold: value.actualThreshold,
          forecastThreshold: value.forecastThreshold,
        },
      });
      await recordAudit(tx, ctx, {
        action: "budget.create",
        targetType: "budget",
        targetId: created.id,
        before: null,
        after: budgetJson(created),
      });
      return created;
    }),
  );
  return budgetJson(budget);
}
