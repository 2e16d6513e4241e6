import type { GpuIdleDriver } from "../../costing/anomalies/detect-gpu-idle-jumps";
import { shiftDay } from "../../costing/day-window";

/**
 * A workload behind a jump in storage-bound GPU idle cost, shaped like the other anomalies' drivers
 * (cost and quantity the day before and on the day; the quantity is storage-bound idle GPU-hours),
 * linking to the workload on the GPU efficiency page over those two days.
 */
export function gpuIdleDriverJson(driver: GpuIdleDriver, day: string) {
  const workload = [driver.cluster, driver.namespace, driver.workloadKind, driver.workloadName].join("/");
  const search = new URLSearchParams({ window: "custom", from: shiftDay(day, -1), to: day, workload });
  return {
    cluster: driver.cluster,
    resourceKind: driver.workloadKind,
    resourceUid: workload,
    name: driver.workloadName,
    namespace: driver.namespace,
    storageClassName: null,
    change: "changed",
    costBefore: driver.costBefore.toFixed(2),
    costOn: driver.costOn.toFixed(2),
    capacityBefore: driver.gpuHoursBefore.toFixed(2),
    capacityOn: driver.gpuHoursOn.toFixed(2),
    capacityUnit: "storage-bound idle GPU-hours",
    status: "priced",
    href: `/gpu-efficiency?${search}`,
  };
}
