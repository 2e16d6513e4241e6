import { type Dec, ZERO } from "../../pricing/decimal";
import type { IsoDay } from "../../pricing/types";
import { dayBounds } from "../day-window";
import { analyseGpuPod } from "../gpu/analyse-gpu-pod";
import type { GpuPodInput } from "../gpu/gpu-pod";
import type { GpuIdleSettings } from "../gpu/settings";

/** One workload's storage-bound GPU idle time on one day, and its cost at the pods' GPU-hour prices. */
export interface WorkloadGpuIdleDay {
  cluster: string;
  namespace: string;
  workloadKind: string;
  workloadName: string;
  currency: string;
  day: IsoDay;
  storageBoundIdleGpuHours: Dec;
  storageBoundIdleCost: Dec;
}

/**
 * Each priced GPU pod judged by the GPU idle model one UTC day at a time (the same model as the GPU
 * efficiency page), added up per workload and day. Unpriced pods are left out: their idle time has
 * no cost to jump, and newly unpriced resources have their own detector.
 */
export function gpuIdleDays(
  pods: readonly GpuPodInput[],
  days: readonly IsoDay[],
  now: Date,
  settings: GpuIdleSettings,
): WorkloadGpuIdleDay[] {
  const byKey = new Map<string, WorkloadGpuIdleDay>();
  for (const pod of pods) {
    if (pod.price.status !== "priced") continue;
    const price = pod.price;
    for (const day of days) {
      const { start, end } = dayBounds(day);
      const lifeStart = pod.startedAtMs ?? start;
      if (lifeStart >= end || (pod.endedAtMs !== null && pod.endedAtMs <= start)) continue;
      const idle = analyseGpuPod(pod, { startMs: start, endMs: end }, now, settings);
      const hours = idle.ioWaitIdleGpuHours.plus(idle.slowTierIdleGpuHours);
      const key = [
        pod.clusterName,
        pod.namespace,
        pod.workloadKind,
        pod.workloadName,
        price.currency,
        day,
      ].join("\u0000");
      const entry = byKey.get(key) ?? {
        cluster: pod.clusterName,
        namespace: pod.namespace,
        workloadKind: pod.workloadKind,
        workloadName: pod.workloadName,
        currency: price.currency,
        day,
        storageBoundIdleGpuHours: ZERO,
        storageBoundIdleCost: ZERO,
      };
      entry.storageBoundIdleGpuHours = entry.storageBoundIdleGpuHours.plus(hours);
      entry.storageBoundIdleCost = entry.storageBoundIdleCost.plus(hours.times(price.pricePerGpuHour));
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}
