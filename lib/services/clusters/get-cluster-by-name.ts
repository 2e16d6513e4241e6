import type { Db } from "../../db/prisma";
import { getClusterByNameOrThrow as readClusterByNameOrThrow } from "../../queries/clusters/get-cluster-by-name-or-throw";
import type { ServiceCall } from "../service-context";

export { ClusterNotFoundError } from "../../queries/clusters/get-cluster-by-name-or-throw";

/**
 * The cluster `--cluster NAME` names: its id and name; ClusterNotFoundError (404) when none does.
 * Cluster names are not team data: every actor may resolve one.
 */
export async function getClusterByNameOrThrow(
  db: Db,
  { input }: ServiceCall<{ name: string }>,
): Promise<{ id: string; name: string }> {
  const cluster = await readClusterByNameOrThrow(db, input.name);
  return { id: cluster.id, name: cluster.name };
}
