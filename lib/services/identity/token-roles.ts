import type { Role, TokenScope } from "../service-context";

/**
 * The roles a token acts with. Only admins create tokens: a write token may do what an admin
 * may through the API; a read token only reads; a collector token holds no role at all (its one
 * right is checked by assertCollectorFor).
 */
export function tokenRoles(scope: TokenScope): Role[] {
  switch (scope) {
    case "write":
      return ["admin"];
    case "read":
      return ["viewer"];
    case "collector":
      return [];
  }
}
