import { Prisma } from "../../db/generated/client";

/**
 * The team ids a reader may see, from scopedTeamIds(ctx): null for every team (and for rows with no
 * team at all), else only the namespaces of the listed teams.
 */
export type TeamIds = readonly string[] | null;

/**
 * Keeps the rows of `alias` (a fact, rollup or trend row: cluster_id, allocation, namespace and,
 * when `likelyOwner`, likely_owner_namespace) that the teams own. An allocated row belongs to its
 * namespace's team. An unallocated row belongs to the team of its likely owner: the namespace of
 * the claim that last bound the volume (or, for a snapshot's content, the namespace of its
 * VolumeSnapshot or of its source volume's claim), which is what cost_fact.likely_owner_namespace
 * holds. Unallocated rows with no likely owner, and namespaces with no team, are every-team rows:
 * only a reader with scope all sees them.
 */
export function ownedByTeams(
  teamIds: TeamIds,
  alias = "cf",
  options: { likelyOwner: boolean } = { likelyOwner: true },
): Prisma.Sql {
  if (teamIds === null) return Prisma.sql`TRUE`;
  if (teamIds.length === 0) return Prisma.sql`FALSE`;
  const a = Prisma.raw(alias);
  const owner = options.likelyOwner
    ? Prisma.sql`CASE WHEN ${a}.allocation = 'unallocated' THEN ${a}.likely_owner_namespace ELSE ${a}.namespace END`
    : Prisma.sql`${a}.namespace`;
  return Prisma.sql`EXISTS (
    SELECT 1 FROM namespace scope_ns
     WHERE scope_ns.cluster_id = ${a}.cluster_id AND scope_ns.name = ${owner}
       AND scope_ns.team_id IN (${teamIdList(teamIds)}))`;
}

/** Keeps the namespaces (`alias`.cluster_id, `alias`.<nameColumn>) the teams own. */
export function namespaceOwnedByTeams(teamIds: TeamIds, alias: string, nameColumn: string): Prisma.Sql {
  if (teamIds === null) return Prisma.sql`TRUE`;
  if (teamIds.length === 0) return Prisma.sql`FALSE`;
  const a = Prisma.raw(alias);
  return Prisma.sql`EXISTS (
    SELECT 1 FROM namespace scope_ns
     WHERE scope_ns.cluster_id = ${a}.cluster_id AND scope_ns.name = ${a}.${Prisma.raw(nameColumn)}
       AND scope_ns.team_id IN (${teamIdList(teamIds)}))`;
}

function teamIdList(teamIds: readonly string[]): Prisma.Sql {
  return Prisma.join(teamIds.map((id) => Prisma.sql`${id}::uuid`));
}

/** Whether a namespace with team `teamId` (null: no team) is visible to `teamIds`. */
export function teamVisible(teamIds: TeamIds, teamId: string | null): boolean {
  return teamIds === null || (teamId !== null && teamIds.includes(teamId));
}
