import type { Db } from "../../db/prisma";
import { NotFoundError } from "../../services/service-errors";

/** A cluster name that matches none: 404 in the API and on pages. */
export class ClusterNotFoundError extends NotFoundError {
  override name = "ClusterNotFoundError";
  constructor(readonly clusterName: string) {
    super(`No cluster named "${clusterName}": import its inventory first (tierscope import kube|files).`);
  }
}

/** The cluster `--cluster NAME` names, in any organisation (names are unique per organisation). */
export async function getClusterByNameOrThrow(db: Db, name: string) {
  const matches = await db.cluster.findMany({ where: { name }, include: { org: true } });
  if (matches.length === 0) throw new ClusterNotFoundError(name);
  if (matches.length > 1) {
    throw new Error(
      `Several organisations have a cluster named "${name}": ${matches.map((c) => c.org.slug).join(", ")}`,
    );
  }
  return matches[0] as (typeof matches)[number];
}
