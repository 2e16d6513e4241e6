import type { Prisma } from "@/lib/db/generated/client";
import { demoUuid } from "./demo-ids";
import type { DemoCluster, DemoTeam } from "./demo-plan-types";
import type { DemoClock } from "./demo-time";

/** The demo organisation: Acme AI, five teams, three clusters on three clouds. */
export const DEMO_ORG_SLUG = "acme-ai";
export const DEMO_ORG_ID = demoUuid("organization", DEMO_ORG_SLUG);

const TEAMS: readonly [slug: string, name: string, costCentre: string][] = [
  ["llm-research", "LLM Research", "CC-4100"],
  ["vision", "Computer Vision", "CC-4200"],
  ["recsys", "Recommendations", "CC-4300"],
  ["inference", "Inference Platform", "CC-4400"],
  ["data-platform", "Data Platform", "CC-4500"],
];

export function demoTeams(): DemoTeam[] {
  return TEAMS.map(([slug, name, costCentre]) => ({
    id: demoUuid("team", DEMO_ORG_SLUG, slug),
    slug,
    name,
    costCentre,
  }));
}

export type DemoClusterKey = "eks" | "aks" | "gke";

export function demoClusters(clock: DemoClock): Record<DemoClusterKey, DemoCluster> {
  const cluster = (name: string, rest: Omit<DemoCluster, "id" | "name" | "observationId">): DemoCluster => ({
    id: demoUuid("cluster", DEMO_ORG_SLUG, name),
    name,
    observationId: demoUuid("observation", DEMO_ORG_SLUG, name),
    ...rest,
  });
  return {
    eks: cluster("prod-eks-use1", {
      provider: "aws",
      region: "us-east-1",
      zones: ["us-east-1a", "us-east-1b", "us-east-1c"],
      createdAt: clock.ago(540, 9.5),
      cloudAccount: "318264470912",
    }),
    aks: cluster("prod-aks-eastus", {
      provider: "azure",
      region: "eastus",
      zones: ["eastus-1", "eastus-2", "eastus-3"],
      createdAt: clock.ago(410, 14.25),
      cloudAccount: demoUuid("azure-subscription", DEMO_ORG_SLUG),
      resourceGroup: "MC_rg-ml-prod_prod-aks-eastus_eastus",
    }),
    gke: cluster("ml-gke-usc1", {
      provider: "gcp",
      region: "us-central1",
      zones: ["us-central1-a", "us-central1-b", "us-central1-c"],
      createdAt: clock.ago(300, 17),
      cloudAccount: "acme-ml-prod",
    }),
  };
}

export function organizationRow(clock: DemoClock): Prisma.OrganizationCreateManyInput {
  // The organisation was set up in Tierscope when the demo was loaded: at the anchor.
  return { id: DEMO_ORG_ID, slug: DEMO_ORG_SLUG, name: "Acme AI", createdAt: clock.anchor };
}

export function teamRows(teams: readonly DemoTeam[]): Prisma.TeamCreateManyInput[] {
  return teams.map((team) => ({
    id: team.id,
    orgId: DEMO_ORG_ID,
    slug: team.slug,
    name: team.name,
    costCentre: team.costCentre,
  }));
}

/** Tierscope's own record of each cluster, registered when the demo was observed (the anchor). */
export function clusterRows(
  clusters: readonly DemoCluster[],
  clock: DemoClock,
): Prisma.ClusterCreateManyInput[] {
  return clusters.map((cluster) => ({
    id: cluster.id,
    orgId: DEMO_ORG_ID,
    name: cluster.name,
    provider: cluster.provider,
    region: cluster.region,
    createdAt: clock.anchor,
  }));
}
