import type { KubeKind } from "../../db/generated/enums";
import type { Db } from "../../db/prisma";
import { listInventory as readInventory } from "../../queries/inventory/list-inventory";
import { getClusterByNameOrThrow } from "../clusters/get-cluster-by-name";
import { assertRole } from "../identity/assert-role";
import type { ServiceCall } from "../service-context";

export type { InventoryItem } from "../../queries/inventory/list-inventory";

export interface TInventoryInput {
  cluster: string;
  at: Date;
  kinds?: KubeKind[];
  /** At most this many objects per kind. */
  limit: number;
}

/**
 * The objects of the named cluster as they stood at `at`: every namespace's, so for admins and
 * finance only (a team's reader would learn other teams' objects).
 */
export async function listInventory(db: Db, { ctx, input }: ServiceCall<TInventoryInput>) {
  assertRole(ctx, "admin", "finance");
  const cluster = await getClusterByNameOrThrow(db, { ctx, input: { name: input.cluster } });
  return readInventory(db, { clusterId: cluster.id, at: input.at, kinds: input.kinds, limit: input.limit });
}
