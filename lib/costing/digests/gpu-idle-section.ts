import { moneyString, quantityString } from "../../pricing/decimal";
import type { GpuIdleFigures } from "../gpu/gpu-idle-figures";
import { sumGpuIdle } from "../gpu/gpu-idle-figures";
import type { GpuPodIdle } from "../gpu/gpu-pod";
import { groupGpuIdle } from "../gpu/group-gpu-idle";
import type { GpuIdleSettings } from "../gpu/settings";
import { isStorageBound } from "../gpu/storage-bound-workload";
import type { GpuIdleSection } from "./digest-content";

export const TOP_GPU_IDLE_WORKLOADS = 3;

/** Storage-bound ÷ idle GPU-hours, as the GPU efficiency page shows it; null with no idle time. */
function storageBoundShare(figures: GpuIdleFigures): number | null {
  return figures.idleGpuHours.isZero()
    ? null
    : figures.storageBoundIdleGpuHours.div(figures.idleGpuHours).toNumber();
}

function gpuEfficiencyPath(window: { from: string; to: string }, extra: Record<string, string>): string {
  return `/gpu-efficiency?${new URLSearchParams({ window: "custom", from: window.from, to: window.to, ...extra })}`;
}

/**
 * The owner's GPU pods over the window (analysed by the GPU-idle model; only those in one of
 * `namespaces`, "cluster/namespace"): GPU-hours allocated and idle, the idle cost, the share the
 * model attributes to storage (an estimate), and the workloads with the most idle cost. With no
 * pod, there are no GPU workloads: the section says so rather than showing $0.
 */
export function gpuIdleSection(input: {
  pods: readonly GpuPodIdle[];
  namespaces: ReadonlySet<string>;
  settings: GpuIdleSettings;
  currency: string;
  window: { from: string; to: string };
}): GpuIdleSection {
  const pods = input.pods.filter((p) => input.namespaces.has(`${p.pod.clusterName}/${p.pod.namespace}`));
  const totals = sumGpuIdle(pods);
  const workloads = groupGpuIdle(pods, "workload");
  const clusters = [...new Set([...input.namespaces].map((n) => n.slice(0, n.indexOf("/"))))];
  // One cluster: the page opens filtered to it; a team across clusters sees the fleet.
  const cluster: Record<string, string> = clusters.length === 1 ? { cluster: clusters[0] as string } : {};
  return {
    kind: "gpu-idle",
    currency: input.currency,
    window: input.window,
    podCount: totals.podCount,
    allocatedGpuHours: quantityString(totals.allocatedGpuHours),
    idleGpuHours: quantityString(totals.idleGpuHours),
    unmeasuredGpuHours: quantityString(totals.unmeasuredGpuHours),
    idleCost: totals.idleCost ? moneyString(totals.idleCost) : null,
    storageBoundIdleGpuHours: quantityString(totals.storageBoundIdleGpuHours),
    storageBoundIdleCost: totals.storageBoundIdleCost ? moneyString(totals.storageBoundIdleCost) : null,
    storageBoundShare: storageBoundShare(totals),
    unpricedGpuHours: quantityString(totals.unpricedGpuHours),
    workloads: workloads.slice(0, TOP_GPU_IDLE_WORKLOADS).map((w) => ({
      name: w.name,
      workloadKind: w.workloadKind ?? "",
      clusterName: w.clusterName ?? "",
      namespace: w.namespace ?? "",
      allocatedGpuHours: quantityString(w.figures.allocatedGpuHours),
      idleGpuHours: quantityString(w.figures.idleGpuHours),
      idleCost: w.figures.idleCost ? moneyString(w.figures.idleCost) : null,
      storageBoundShare: storageBoundShare(w.figures),
      storageBound: isStorageBound(w.figures, input.settings),
      estimate: w.figures.storageBoundIdleGpuHours.gt(0),
      partlyUnpriced: w.figures.idleCost !== null && w.figures.unpricedGpuHours.gt(0),
      path: gpuEfficiencyPath(input.window, { cluster: w.clusterName ?? "", workload: w.key }),
    })),
    workloadCount: workloads.length,
    path: gpuEfficiencyPath(input.window, { ...cluster, by: "workload" }),
  };
}
