import { z } from "zod";
import { ROLES, type Role } from "../../services/service-context";

/**
 * What membership of one provider group grants: roles, and the teams (by slug) whose namespaces a
 * member or viewer may see. Configured as TIERSCOPE_OIDC_GROUP_MAP, e.g.
 * `{"tierscope-finance":{"roles":["finance"]},"vision-devs":{"roles":["member"],"teams":["vision"]}}`.
 */
export const ZGroupGrant = z
  .object({
    roles: z.array(z.enum(ROLES)).default([]),
    teams: z.array(z.string().trim().min(1)).default([]),
  })
  .strict();
export const ZGroupMap = z.record(z.string().min(1), ZGroupGrant);
export type TGroupMap = z.infer<typeof ZGroupMap>;

export interface GroupAccess {
  readonly roles: readonly Role[];
  readonly teamSlugs: readonly string[];
}

/**
 * The roles and teams a user's groups grant: the union over every mapped group, in a stable order
 * (roles as ROLES lists them, teams by slug), so the same groups always give the same access.
 * Groups the map does not name grant nothing.
 */
export function accessFromGroups(groups: readonly string[], map: TGroupMap): GroupAccess {
  const roles = new Set<Role>();
  const teams = new Set<string>();
  for (const group of new Set(groups)) {
    const grant = Object.hasOwn(map, group) ? map[group] : undefined;
    for (const role of grant?.roles ?? []) roles.add(role);
    for (const team of grant?.teams ?? []) teams.add(team);
  }
  return {
    roles: ROLES.filter((role) => roles.has(role)),
    teamSlugs: [...teams].sort(),
  };
}

/**
 * The group names in a claim: providers send an array of strings (Keycloak, Okta, Dex, Entra ID),
 * some a single string when there is one group. Anything else counts as no groups.
 */
export function groupsFromClaim(claim: unknown): string[] {
  if (typeof claim === "string") return [claim];
  if (Array.isArray(claim)) return claim.filter((group): group is string => typeof group === "string");
  return [];
}
