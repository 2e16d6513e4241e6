import { moneyString, quantityString } from "../../pricing/decimal";
import type { GpuIdleFigures } from "./gpu-idle-figures";
import type { GpuIdleGroup } from "./group-gpu-idle";

/** GPU-idle figures for JSON: GPU-hours and money as exact decimal strings, the currency beside them. */
export interface GpuIdleFiguresDto {
  podCount: number;
  allocatedGpuHours: string;
  busyGpuHours: string;
  idleGpuHours: string;
  unmeasuredGpuHours: string;
  storageBoundIdleGpuHours: string;
  ioWaitIdleGpuHours: string;
  slowTierIdleGpuHours: string;
  utilisation: number | null;
  /** Storage-bound ÷ idle GPU-hours; null with no idle time. */
  storageBoundShare: number | null;
  currency: string;
  /** null: no GPU-hour of the group has a price (see unpricedReasons). */
  allocatedCost: string | null;
  idleCost: string | null;
  storageBoundIdleCost: string | null;
  unpricedGpuHours: string;
  unpricedReasons: string[];
}

export interface GpuIdleGroupDto {
  key: string;
  name: string;
  clusterName: string | null;
  namespace: string | null;
  team: string | null;
  workloadKind: string | null;
  storageBound: boolean;
  figures: GpuIdleFiguresDto;
}

export function serializeGpuIdleFigures(figures: GpuIdleFigures, currency: string): GpuIdleFiguresDto {
  return {
    podCount: figures.podCount,
    allocatedGpuHours: quantityString(figures.allocatedGpuHours),
    busyGpuHours: quantityString(figures.busyGpuHours),
    idleGpuHours: quantityString(figures.idleGpuHours),
    unmeasuredGpuHours: quantityString(figures.unmeasuredGpuHours),
    storageBoundIdleGpuHours: quantityString(figures.storageBoundIdleGpuHours),
    ioWaitIdleGpuHours: quantityString(figures.ioWaitIdleGpuHours),
    slowTierIdleGpuHours: quantityString(figures.slowTierIdleGpuHours),
    utilisation: figures.utilisation,
    storageBoundShare: figures.idleGpuHours.isZero()
      ? null
      : figures.storageBoundIdleGpuHours.div(figures.idleGpuHours).toNumber(),
    currency,
    allocatedCost: figures.allocatedCost ? moneyString(figures.allocatedCost) : null,
    idleCost: figures.idleCost ? moneyString(figures.idleCost) : null,
    storageBoundIdleCost: figures.storageBoundIdleCost ? moneyString(figures.storageBoundIdleCost) : null,
    unpricedGpuHours: quantityString(figures.unpricedGpuHours),
    unpricedReasons: figures.unpricedReasons,
  };
}

export function serializeGpuIdleGroup(
  group: GpuIdleGroup,
  currency: string,
  storageBound: boolean,
): GpuIdleGroupDto {
  return {
    key: group.key,
    name: group.name,
    clusterName: group.clusterName,
    namespace: group.namespace,
    team: group.team,
    workloadKind: group.workloadKind,
    storageBound,
    figures: serializeGpuIdleFigures(group.figures, currency),
  };
}
