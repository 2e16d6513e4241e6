import type { Resolution } from "../../pricing/resolve/types";
import {
  fasterTierReturn,
  type StorageBoundGpuRecommendation,
  type WorkloadVolume,
} from "./faster-tier-return";
import type { GpuPricing } from "./gpu-hour-price";
import { sumGpuIdle } from "./gpu-idle-figures";
import type { GpuPodIdle } from "./gpu-pod";
import { type GpuIdleGroup, groupGpuIdle } from "./group-gpu-idle";
import type { GpuIdleSettings } from "./settings";
import { isStorageBound } from "./storage-bound-workload";

/** What a cluster's storage offers the ROI: each workload's data and checkpoint volumes, its StorageClasses. */
export interface ClusterStorage {
  clusterId: string;
  clusterName: string;
  /** Keyed like the workload groups: cluster/namespace/kind/name. */
  workloadVolumes: Map<string, WorkloadVolume[]>;
  classes: { name: string; resolution: Resolution }[];
}

/** The workloads of one cluster that share a data or checkpoint claim, joined (union–find). */
function sharingSets(
  workloads: GpuIdleGroup[],
  volumesOf: (w: GpuIdleGroup) => WorkloadVolume[],
): GpuIdleGroup[][] {
  const parent = workloads.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] as number;
    return i;
  };
  const owner = new Map<string, number>();
  workloads.forEach((w, i) => {
    for (const v of volumesOf(w)) {
      const key = `${w.clusterName}/${v.namespace}/${v.claimName}`;
      const first = owner.get(key);
      if (first === undefined) owner.set(key, i);
      else parent[find(i)] = find(first);
    }
  });
  const sets = new Map<number, GpuIdleGroup[]>();
  workloads.forEach((w, i) => {
    sets.set(find(i), [...(sets.get(find(i)) ?? []), w]);
  });
  return [...sets.values()];
}

/**
 * The "storage-bound GPU job → faster tier" recommendations of a window, one per storage-bound
 * workload (see `fasterTierReturn` for the model and the output), best monthly net first; unpriced
 * ones last, by their GPU cost recovered where known. Workloads that share a claim (one dataset read
 * by two jobs) are one recommendation: the claim moves once, so its storage delta is counted once,
 * against the GPU figures of every workload reading it. It is named after the one with the most
 * storage-bound idle GPU-hours and lists the others in `sharedWith`.
 */
export function storageBoundReturns(input: {
  pods: readonly GpuPodIdle[];
  clusters: readonly ClusterStorage[];
  settings: GpuIdleSettings;
  pricing: GpuPricing;
  windowHours: number;
  /** The window's first and last day, carried into each recommendation's evidence. */
  window?: { from: string; to: string };
  now: Date;
}): StorageBoundGpuRecommendation[] {
  const rank = (r: StorageBoundGpuRecommendation) =>
    r.monthlyNet !== null ? Number(r.monthlyNet) : Number.NEGATIVE_INFINITY;
  const clusterOf = (w: GpuIdleGroup) => input.clusters.find((c) => c.clusterName === w.clusterName);
  const volumesOf = (w: GpuIdleGroup) => clusterOf(w)?.workloadVolumes.get(w.key) ?? [];
  const bound = groupGpuIdle(input.pods, "workload").filter((workload) =>
    isStorageBound(workload.figures, input.settings),
  );
  return sharingSets(bound, volumesOf)
    .map((set) => {
      const [principal, ...others] = [...set].sort(
        (a, b) =>
          b.figures.storageBoundIdleGpuHours.comparedTo(a.figures.storageBoundIdleGpuHours) ||
          a.key.localeCompare(b.key),
      ) as [GpuIdleGroup, ...GpuIdleGroup[]];
      const keys = new Set(set.map((w) => w.key));
      const workload: GpuIdleGroup =
        others.length === 0
          ? principal
          : {
              ...principal,
              figures: sumGpuIdle(
                input.pods.filter((p) =>
                  keys.has(
                    `${p.pod.clusterName}/${p.pod.namespace}/${p.pod.workloadKind}/${p.pod.workloadName}`,
                  ),
                ),
              ),
            };
      const seen = new Set<string>();
      const volumes = set.flatMap(volumesOf).filter((v) => {
        const key = `${v.namespace}/${v.claimName}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      const cluster = clusterOf(principal);
      const result = fasterTierReturn({
        clusterId: cluster?.clusterId ?? "",
        workload,
        volumes,
        clusterClasses: cluster?.classes ?? [],
        windowHours: input.windowHours,
        window: input.window ?? null,
        now: input.now,
        settings: input.settings,
        pricing: input.pricing,
      });
      const sharedWith = others.map((w) => `${w.workloadKind}/${w.namespace}/${w.name}`);
      return sharedWith.length === 0
        ? result
        : {
            ...result,
            sharedWith,
            evidence: [
              `shares its volumes with ${sharedWith.join(", ")}: the volumes move once, and the GPU figures are all of theirs`,
              ...result.evidence,
            ],
          };
    })
    .sort(
      (a, b) =>
        rank(b) - rank(a) ||
        Number(b.monthlyGpuCostRecovered ?? -1) - Number(a.monthlyGpuCostRecovered ?? -1) ||
        `${a.clusterName}/${a.namespace}/${a.workloadName}`.localeCompare(
          `${b.clusterName}/${b.namespace}/${b.workloadName}`,
        ),
    );
}
