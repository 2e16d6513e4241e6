import { hasRole, type ServiceContext } from "../service-context";
import { ForbiddenError } from "../service-errors";

/** Rules and channels are set by admins and finance; readers see the rules and history in scope. */
export function requireAlertWriter(ctx: ServiceContext): void {
  if (!hasRole(ctx, "admin", "finance"))
    throw new ForbiddenError("Only admin or finance may change alert rules and channels");
}
