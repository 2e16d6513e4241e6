import type { GpuIdleFigures } from "./gpu-idle-figures";
import type { GpuIdleSettings } from "./settings";

/** A workload is storage-bound when at least `storageBoundMinShare` of its idle GPU-hours waited on storage. */
export function isStorageBound(figures: GpuIdleFigures, settings: GpuIdleSettings): boolean {
  if (figures.idleGpuHours.lte(0) || figures.storageBoundIdleGpuHours.lte(0)) return false;
  return figures.storageBoundIdleGpuHours
    .div(figures.idleGpuHours)
    .gte(String(settings.storageBoundMinShare));
}
