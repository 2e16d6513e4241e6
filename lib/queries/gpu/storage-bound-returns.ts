import { fasterTierReturn, type StorageBoundGpuRecommendation } from "../../costing/gpu/faster-tier-return";
import { groupGpuIdle } from "../../costing/gpu/group-gpu-idle";
import { isStorageBound } from "../../costing/gpu/storage-bound-workload";
import type { GpuWindowAnalysis } from "./analyse-gpu-window";

/** Storage-bound workloads of an analysis, each with its faster-tier return. */
export function storageBoundReturns(analysis: GpuWindowAnalysis, now: Date): StorageBoundGpuRecommendation[] {
  const workloads = groupGpuIdle(analysis.pods, "workload").filter((w) =>
    isStorageBound(w.figures, analysis.settings),
  );
  return workloads
    .map((workload) => {
      const cluster = analysis.clusters.find((c) => c.clusterName === workload.clusterName);
      return fasterTierReturn({
        clusterId: cluster?.clusterId ?? "",
        workload,
        volumes: cluster?.workloadVolumes.get(workload.key) ?? [],
        clusterClasses: cluster?.classes ?? [],
        windowHours: analysis.span.hours,
        now,
        settings: analysis.settings,
        pricing: analysis.pricing,
      });
    })
    .sort(
      (a, b) =>
        Number(b.monthlyNet ?? b.monthlyGpuCostRecovered ?? "-1e30") -
          Number(a.monthlyNet ?? a.monthlyGpuCostRecovered ?? "-1e30") ||
        `${a.clusterName}/${a.namespace}/${a.workloadName}`.localeCompare(
          `${b.clusterName}/${b.namespace}/${b.workloadName}`,
        ),
    );
}
