import { hasRole, type Role, type ServiceContext } from "../service-context";
import { ForbiddenError } from "../service-errors";

const ROLE_NAMES: Record<Role, string> = {
  admin: "an admin",
  finance: "finance",
  member: "a team member",
  viewer: "a viewer",
};

/** Throws ForbiddenError (403) unless ctx holds one of the roles. */
export function assertRole(ctx: ServiceContext, ...roles: readonly Role[]): void {
  if (hasRole(ctx, ...roles)) return;
  throw new ForbiddenError(`Only ${roles.map((role) => ROLE_NAMES[role]).join(" or ")} may do this`);
}
