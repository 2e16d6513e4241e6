/**
 * Who is asking, with what rights, over which teams: the first argument of every service
 * (`{ ctx, input }`). Pages, API routes, the CLI and jobs build one and pass it in; services decide
 * with it and pass its scope down to the SQL they run, so a link that is merely hidden is never
 * the only guard.
 */

export const ROLES = ["admin", "finance", "member", "viewer"] as const;
/**
 * - admin: users, tokens, prices, settings, and everything finance may do.
 * - finance: every team's numbers, month close, reports.
 * - member: their teams' namespaces only; may dismiss their own team's recommendations.
 * - viewer: read only, within their scope.
 */
export type Role = (typeof ROLES)[number];

/** What an API token may do: read; read and write; or push one cluster's observations. */
export const TOKEN_SCOPES = ["read", "write", "collector"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export type Actor =
  | { readonly kind: "user"; readonly userId: string; readonly email: string }
  | {
      readonly kind: "token";
      readonly tokenId: string;
      readonly tokenName: string;
      /** Absent on contexts built before tokens had scopes: treat as "read". */
      readonly tokenScope?: TokenScope;
      /** Collector tokens only: the one cluster whose observations the token may write. */
      readonly clusterName?: string;
    }
  /** The operator on the host (the CLI) or a scheduled job: trusted by having the database. */
  | { readonly kind: "system"; readonly name: string };

/** Which teams' rows an actor may read: all of them, or the namespaces of the listed teams. */
export type TeamScope =
  | { readonly kind: "all" }
  | { readonly kind: "teams"; readonly teamIds: readonly string[] };

export interface ServiceContext {
  readonly actor: Actor;
  readonly roles: readonly Role[];
  readonly scope: TeamScope;
  /** The request's id (x-request-id, or one made up), carried into the audit log. */
  readonly requestId?: string;
}

export interface ServiceCall<Input> {
  readonly ctx: ServiceContext;
  readonly input: Input;
}

export const ALL_TEAMS: TeamScope = { kind: "all" };

/** The CLI and jobs: the operator who holds the database holds every right. */
export function systemContext(name: string): ServiceContext {
  return { actor: { kind: "system", name }, roles: ["admin"], scope: ALL_TEAMS };
}

export function hasRole(ctx: ServiceContext, ...roles: readonly Role[]): boolean {
  return ctx.roles.some((role) => roles.includes(role));
}

/** The team ids whose rows ctx may read, or null for every team (and unallocated rows). */
export function scopedTeamIds(ctx: ServiceContext): readonly string[] | null {
  return ctx.scope.kind === "all" ? null : ctx.scope.teamIds;
}

/** A short name for logs and the audit trail; never a secret. */
export function describeActor(actor: Actor): string {
  switch (actor.kind) {
    case "user":
      return `user ${actor.email}`;
    case "token":
      return `token ${actor.tokenName}`;
    case "system":
      return `system ${actor.name}`;
  }
}
