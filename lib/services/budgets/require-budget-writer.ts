import { hasRole, type ServiceContext } from "../service-context";
import { ForbiddenError } from "../service-errors";

/** Budgets are set by admins and finance; everyone in scope may read them. */
export function mayWriteBudgets(ctx: ServiceContext): boolean {
  return hasRole(ctx, "admin", "finance");
}

export function requireBudgetWriter(ctx: ServiceContext): void {
  if (!mayWriteBudgets(ctx)) throw new ForbiddenError("Only admin or finance may change budgets");
}
