import { hasRole, type ServiceContext } from "../service-context";
import { ForbiddenError } from "../service-errors";

/** Dismissing and restoring recommendations: admin, finance and members; a viewer only reads. */
export function assertMayDismiss(ctx: ServiceContext): void {
  if (!hasRole(ctx, "admin", "finance", "member")) {
    throw new ForbiddenError("Only admins, finance and team members may dismiss or restore recommendations");
  }
}
