import type { Prisma } from "@/lib/db/generated/client";
import { demoUuid } from "./demo-ids";
import { seenLifecycle } from "./demo-lifecycle";
import type { DemoClusterKey } from "./demo-organisation";
import type { DemoCluster, DemoTeam, NamespacePlan } from "./demo-plan-types";
import type { DemoClock } from "./demo-time";

/**
 * Who owns what: each cluster's namespaces with the team label that allocates their spend. Namespaces
 * with no team (kube-system, the shared `platform`) are where unallocated spend comes from.
 * [name, team slug or null, created days ago, deleted days ago]
 */
type NamespaceRow = readonly [
  name: string,
  team: string | null,
  createdDaysAgo: number,
  deletedDaysAgo?: number,
];

const NAMESPACES: Record<DemoClusterKey, readonly NamespaceRow[]> = {
  eks: [
    ["kube-system", null, 540],
    ["platform", null, 530],
    ["llm-train", "llm-research", 420],
    ["llm-notebooks", "llm-research", 400],
    ["llm-serving", "inference", 380],
    ["vision-train", "vision", 360],
    ["recsys-features", "recsys", 300],
    ["data-pipelines", "data-platform", 330],
    // A hackathon namespace, deleted with everything in it except the volumes kept by Retain.
    ["vision-hackathon", "vision", 80, 50],
  ],
  aks: [
    ["kube-system", null, 410],
    ["platform", null, 405],
    ["recsys-train", "recsys", 390],
    ["recsys-serving", "inference", 350],
    ["vision-eval", "vision", 200],
    ["data-lake", "data-platform", 380],
    ["research-notebooks", "llm-research", 160],
  ],
  gke: [
    ["kube-system", null, 300],
    ["platform", null, 298],
    ["llm-pretrain", "llm-research", 290],
    ["vision-train", "vision", 240],
    ["llm-inference", "inference", 220],
    ["data-prep", "data-platform", 260],
    ["recsys-research", "recsys", 180],
    // Created inside the history window: its spend starts mid-chart.
    ["experiments", "llm-research", 21],
  ],
};

export function namespacePlans(
  key: DemoClusterKey,
  teams: readonly DemoTeam[],
  clock: DemoClock,
): NamespacePlan[] {
  return NAMESPACES[key].map(([name, teamSlug, createdDaysAgo, deletedDaysAgo]) => {
    const team = teams.find((candidate) => candidate.slug === teamSlug);
    if (teamSlug && !team) throw new Error(`demo namespace ${name}: unknown team ${teamSlug}`);
    return {
      name,
      team,
      createdAt: clock.ago(createdDaysAgo, -(name.length % 7) - 9),
      deletedAt: deletedDaysAgo === undefined ? undefined : clock.ago(deletedDaysAgo, -16.5),
    };
  });
}

export function namespaceRows(
  cluster: DemoCluster,
  plans: readonly NamespacePlan[],
  clock: DemoClock,
): Prisma.NamespaceCreateManyInput[] {
  return plans.map((plan) => {
    const labels: Record<string, string> = { "kubernetes.io/metadata.name": plan.name };
    if (plan.team) {
      labels.team = plan.team.slug;
      labels["cost-centre"] = plan.team.costCentre;
    }
    if (plan.name === "platform") labels["app.kubernetes.io/part-of"] = "platform-services";
    return {
      clusterId: cluster.id,
      name: plan.name,
      uid: demoUuid(cluster.name, "namespace", plan.name),
      labels: { ...labels, ...plan.labels },
      teamId: plan.team?.id ?? null,
      teamSource: plan.team ? "label:team" : null,
      costCentre: plan.team?.costCentre ?? null,
      ...seenLifecycle(cluster, clock, plan.createdAt, plan.deletedAt),
    };
  });
}
