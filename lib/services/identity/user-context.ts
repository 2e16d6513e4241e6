import type { UserForContext } from "../../queries/identity/find-user-for-context";
import { ALL_TEAMS, type Role, type ServiceContext } from "../service-context";

/**
 * What a signed-in user may do: their roles, over every team if they are admin or finance (who
 * see every team's numbers), otherwise over the teams they belong to.
 */
export function userContext(user: UserForContext, requestId?: string): ServiceContext {
  const roles: Role[] = user.roles.map((r) => r.role);
  const everyTeam = roles.includes("admin") || roles.includes("finance");
  return {
    actor: { kind: "user", userId: user.id, email: user.email },
    roles,
    scope: everyTeam ? ALL_TEAMS : { kind: "teams", teamIds: user.teams.map((t) => t.teamId) },
    requestId,
  };
}
