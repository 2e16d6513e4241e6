import type { Db } from "../../db/prisma";
import type { ServiceCall } from "../service-context";
import { budgetJson } from "./budget-json";
import { type TBudgetInput, ZBudgetInput } from "./budget-params";
import { requireBudgetWriter } from "./require-budget-writer";
import { withBudgetConflicts } from "./write-budget-errors";

export async function createBudget(db: Db, { ctx, input }: ServiceCall<TBudgetInput>) {
  requireBudgetWriter(ctx);
  const value = ZBudgetInput.parse(input);
  const budget = await withBudgetConflicts(() =>
    db.budget.create({
      data: {
        name: value.name,
        scopeKind: value.scopeKind,
        scopeKey: value.scopeKind === "fleet" ? "fleet" : (value.scopeKey as string),
        monthlyAmount: value.monthlyAmount,
        currency: value.currency,
        actualThreshold: value.actualThreshold,
        forecastThreshold: value.forecastThreshold,
      },
    }),
  );
  return budgetJson(budget);
}
