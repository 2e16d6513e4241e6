import type { CostWindow } from "../../costing/cost-window";
import { Prisma } from "../../db/generated/client";
import type { Db } from "../../db/prisma";
import { type TeamIds, teamVisible } from "../scope/team-scope-sql";
import { getOwnerCosts, type OwnerCostsResult } from "./get-owner-costs";
import { costsIn } from "./rollups-sql";
import { ShowbackNotFoundError } from "./showback-not-found-error";
import { money } from "./showback-sql";

export interface TeamNamespaceCosts {
  clusterName: string;
  namespace: string;
  total: string;
  previousTotal: string;
}

export interface TeamCostsResult extends OwnerCostsResult {
  team: { slug: string; name: string; costCentre: string | null };
  /** Every namespace the team owns (now), with its spend in the window and the one before. */
  namespaces: TeamNamespaceCosts[];
}

export type TeamCostsParams = CostWindow & {
  slug: string;
  currency?: string;
  page: number;
  pageSize: number;
  teamIds: TeamIds;
};

/** A team's spend over a window across the namespaces it owns, broken down as a namespace's is. */
export async function readTeamCosts(db: Db, params: TeamCostsParams): Promise<TeamCostsResult> {
  const team = await db.team.findFirst({ where: { slug: params.slug } });
  if (!team || !teamVisible(params.teamIds, team.id))
    throw new ShowbackNotFoundError(`No team "${params.slug}"`);
  const costs = await getOwnerCosts(db, {
    scope: Prisma.sql`cf.allocation = 'allocated' AND ns.team_id = ${team.id}::uuid`,
    likelyScope: Prisma.sql`cf.allocation = 'unallocated' AND EXISTS (
      SELECT 1 FROM namespace lns
       WHERE lns.cluster_id = cf.cluster_id AND lns.name = cf.likely_owner_namespace
         AND lns.team_id = ${team.id}::uuid)`,
    window: { from: params.from, to: params.to },
    currency: params.currency,
    page: params.page,
    pageSize: params.pageSize,
  });
  const inCurrency = Prisma.sql`cf.currency = ${costs.currency}`;
  const namespaces = await db.$queryRaw<
    {
      cluster_name: string;
      namespace: string;
      total: Prisma.Decimal | null;
      previous: Prisma.Decimal | null;
    }[]
  >`
    SELECT c.name AS cluster_name, n.name AS namespace,
           (SELECT sum(cf.cost) ${costsIn(costs.window, "namespace")}
             WHERE cf.cluster_id = n.cluster_id AND cf.namespace = n.name AND cf.allocation = 'allocated'
               AND ${inCurrency}) AS total,
           (SELECT sum(cf.cost) ${costsIn(costs.previousWindow, "namespace")}
             WHERE cf.cluster_id = n.cluster_id AND cf.namespace = n.name AND cf.allocation = 'allocated'
               AND ${inCurrency}) AS previous
      FROM namespace n
      JOIN cluster c ON c.id = n.cluster_id
     WHERE n.team_id = ${team.id}::uuid
     ORDER BY total DESC NULLS LAST, c.name, n.name`;
  return {
    ...costs,
    team: { slug: team.slug, name: team.name, costCentre: team.costCentre },
    namespaces: namespaces.map((n) => ({
      clusterName: n.cluster_name,
      namespace: n.namespace,
      total: money(n.total),
      previousTotal: money(n.previous),
    })),
  };
}
