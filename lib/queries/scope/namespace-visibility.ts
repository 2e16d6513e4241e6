import type { Db } from "../../db/prisma";
import type { TeamIds } from "./team-scope-sql";

/** Whether a reader may see what a namespace owns (null: no owner namespace at all). */
export type NamespaceVisible = (clusterId: string, namespace: string | null) => boolean;

/**
 * For lists judged in memory (waste, recommendations, GPU pods): the namespaces the teams own. An
 * item with no owner namespace is every team's, so only a reader of every team sees it.
 */
export async function namespaceVisibility(db: Db, teamIds: TeamIds): Promise<NamespaceVisible> {
  if (teamIds === null) return () => true;
  const owned = await db.namespace.findMany({
    where: { teamId: { in: [...teamIds] } },
    select: { clusterId: true, name: true },
  });
  const keys = new Set(owned.map((n) => `${n.clusterId}/${n.name}`));
  return (clusterId, namespace) => namespace !== null && keys.has(`${clusterId}/${namespace}`);
}
