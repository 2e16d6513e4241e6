import type { Role, ServiceContext, TeamScope, TokenScope } from "../service-context";

/** What a token's creator may do: the roles and team scope the token is cut from. */
export type TokenCreator = Pick<ServiceContext, "roles" | "scope">;

/**
 * What a token may do: its scope intersected with its creator's roles and team scope.
 * - read: read only (viewer), over the creator's teams;
 * - write: the creator's writes over their teams, except admin-only actions (users, tokens, prices,
 *   settings, month reopen), which need a signed-in admin: an admin's write token acts as finance;
 * - collector: no role and no team; its one right (its cluster's pushes) is assertCollectorFor's.
 */
export function tokenPowers(scope: TokenScope, creator: TokenCreator): { roles: Role[]; scope: TeamScope } {
  switch (scope) {
    case "read":
      return { roles: ["viewer"], scope: creator.scope };
    case "write":
      return { roles: withoutAdmin(creator.roles), scope: creator.scope };
    case "collector":
      return { roles: [], scope: { kind: "teams", teamIds: [] } };
  }
}

/** An admin's roles without admin-only rights: everything finance may do stays. */
function withoutAdmin(roles: readonly Role[]): Role[] {
  const kept = roles.filter((role) => role !== "admin");
  return roles.includes("admin") && !kept.includes("finance") ? ["finance", ...kept] : kept;
}
