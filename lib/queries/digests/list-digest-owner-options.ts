import type { Db } from "../../db/prisma";
import type { TeamIds } from "../scope/team-scope-sql";

export interface DigestOwnerOptions {
  teams: { slug: string; name: string }[];
  /** Live namespaces, by cluster then name, with the team that owns each (null: none). */
  namespaces: { cluster: string; namespace: string; team: string | null }[];
}

/** What a digest can be about for a reader: their teams, and the live namespaces those teams own. */
export async function listDigestOwnerOptions(db: Db, teamIds: TeamIds): Promise<DigestOwnerOptions> {
  const teamFilter = teamIds === null ? {} : { id: { in: [...teamIds] } };
  const [teams, namespaces] = await Promise.all([
    db.team.findMany({ where: teamFilter, select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db.namespace.findMany({
      where: { deletedAt: null, ...(teamIds === null ? {} : { teamId: { in: [...teamIds] } }) },
      select: { name: true, cluster: { select: { name: true } }, team: { select: { name: true } } },
    }),
  ]);
  return {
    teams,
    namespaces: namespaces
      .map((n) => ({ cluster: n.cluster.name, namespace: n.name, team: n.team?.name ?? null }))
      .sort((a, b) => a.cluster.localeCompare(b.cluster) || a.namespace.localeCompare(b.namespace)),
  };
}
