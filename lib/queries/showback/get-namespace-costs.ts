import type { CostWindow } from "../../costing/cost-window";
import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { getClusterByNameOrThrow } from "../clusters/get-cluster-by-name-or-throw";
import { type TeamIds, teamVisible } from "../scope/team-scope-sql";
import { getOwnerCosts, type OwnerCostsResult } from "./get-owner-costs";
import { ShowbackNotFoundError } from "./showback-not-found-error";

export interface NamespaceCostsResult extends OwnerCostsResult {
  namespace: {
    clusterName: string;
    provider: string;
    name: string;
    team: { slug: string; name: string } | null;
    /** The namespace's own cost centre, else its team's. */
    costCentre: string | null;
    deletedAt: string | null;
  };
}

export type NamespaceCostsParams = CostWindow & {
  cluster: string;
  namespace: string;
  currency?: string;
  page: number;
  pageSize: number;
  teamIds: TeamIds;
};

/** One namespace's spend over a window: by storage class, category and workload, its top volumes, its trend. */
export async function readNamespaceCosts(
  db: Db,
  params: NamespaceCostsParams,
): Promise<NamespaceCostsResult> {
  const cluster = await getClusterByNameOrThrow(db, params.cluster);
  const namespace = await db.namespace.findUnique({
    where: { clusterId_name: { clusterId: cluster.id, name: params.namespace } },
    include: { team: true },
  });
  // Another team's namespace reads as a missing one: a scope never reveals what exists outside it.
  if (!namespace || !teamVisible(params.teamIds, namespace.teamId)) {
    throw new ShowbackNotFoundError(`No namespace "${params.namespace}" in cluster "${cluster.name}"`);
  }
  const inNamespace = Prisma.sql`cf.cluster_id = ${cluster.id}::uuid`;
  const costs = await getOwnerCosts(db, {
    scope: Prisma.sql`${inNamespace} AND cf.allocation = 'allocated' AND cf.namespace = ${namespace.name}`,
    likelyScope: Prisma.sql`${inNamespace} AND cf.allocation = 'unallocated' AND cf.likely_owner_namespace = ${namespace.name}`,
    window: { from: params.from, to: params.to },
    currency: params.currency,
    page: params.page,
    pageSize: params.pageSize,
  });
  return {
    ...costs,
    namespace: {
      clusterName: cluster.name,
      provider: cluster.provider,
      name: namespace.name,
      team: namespace.team ? { slug: namespace.team.slug, name: namespace.team.name } : null,
      costCentre: namespace.costCentre ?? namespace.team?.costCentre ?? null,
      deletedAt: namespace.deletedAt?.toISOString() ?? null,
    },
  };
}
