import { type GpuIdleFigures, sumGpuIdle } from "./gpu-idle-figures";
import type { GpuPodIdentity, GpuPodIdle } from "./gpu-pod";

export const GPU_IDLE_GROUPINGS = ["workload", "namespace", "team", "node-pool"] as const;
export type GpuIdleGrouping = (typeof GPU_IDLE_GROUPINGS)[number];

export interface GpuIdleGroup {
  /** Stable key: cluster/namespace/kind/name, cluster/namespace, team, cluster/pool. */
  key: string;
  name: string;
  clusterName: string | null;
  namespace: string | null;
  team: string | null;
  workloadKind: string | null;
  figures: GpuIdleFigures;
}

function groupOf(pod: GpuPodIdentity, by: GpuIdleGrouping): Omit<GpuIdleGroup, "figures"> {
  const none = { clusterName: null, namespace: null, team: null, workloadKind: null };
  switch (by) {
    case "workload":
      return {
        key: `${pod.clusterName}/${pod.namespace}/${pod.workloadKind}/${pod.workloadName}`,
        name: pod.workloadName,
        clusterName: pod.clusterName,
        namespace: pod.namespace,
        team: pod.team,
        workloadKind: pod.workloadKind,
      };
    case "namespace":
      return {
        ...none,
        key: `${pod.clusterName}/${pod.namespace}`,
        name: pod.namespace,
        clusterName: pod.clusterName,
        namespace: pod.namespace,
        team: pod.team,
      };
    case "team":
      return { ...none, key: pod.team ?? "(no team)", name: pod.team ?? "(no team)", team: pod.team };
    case "node-pool":
      return {
        ...none,
        key: `${pod.clusterName}/${pod.nodePool ?? "(no pool)"}`,
        name: pod.nodePool ?? "(no pool)",
        clusterName: pod.clusterName,
      };
  }
}

/**
 * Pods grouped, each group's figures summed: most idle cost first (unpriced groups last), then most
 * idle GPU-hours, then by key. The groups of any grouping add up to the fleet's figures.
 */
export function groupGpuIdle(pods: readonly GpuPodIdle[], by: GpuIdleGrouping): GpuIdleGroup[] {
  const groups = new Map<string, { group: Omit<GpuIdleGroup, "figures">; pods: GpuPodIdle[] }>();
  for (const pod of pods) {
    const group = groupOf(pod.pod, by);
    const entry = groups.get(group.key) ?? { group, pods: [] };
    entry.pods.push(pod);
    groups.set(group.key, entry);
  }
  return [...groups.values()]
    .map(({ group, pods: members }) => ({ ...group, figures: sumGpuIdle(members) }))
    .sort(
      (a, b) =>
        (b.figures.idleCost?.toNumber() ?? -1) - (a.figures.idleCost?.toNumber() ?? -1) ||
        b.figures.idleGpuHours.comparedTo(a.figures.idleGpuHours) ||
        a.key.localeCompare(b.key),
    );
}
