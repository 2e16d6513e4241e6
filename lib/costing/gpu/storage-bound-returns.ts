import type { Resolution } from "../../pricing/resolve/types";
import {
  fasterTierReturn,
  type StorageBoundGpuRecommendation,
  type WorkloadVolume,
} from "./faster-tier-return";
import type { GpuPricing } from "./gpu-hour-price";
import type { GpuPodIdle } from "./gpu-pod";
import { groupGpuIdle } from "./group-gpu-idle";
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

/**
 * The "storage-bound GPU job → faster tier" recommendations of a window, one per storage-bound
 * workload (see `fasterTierReturn` for the model and the output), best monthly net first; unpriced
 * ones last, by their GPU cost recovered where known.
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
  return groupGpuIdle(input.pods, "workload")
    .filter((workload) => isStorageBound(workload.figures, input.settings))
    .map((workload) => {
      const cluster = input.clusters.find((c) => c.clusterName === workload.clusterName);
      return fasterTierReturn({
        clusterId: cluster?.clusterId ?? "",
        workload,
        volumes: cluster?.workloadVolumes.get(workload.key) ?? [],
        clusterClasses: cluster?.classes ?? [],
        windowHours: input.windowHours,
        window: input.window ?? null,
        now: input.now,
        settings: input.settings,
        pricing: input.pricing,
      });
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
