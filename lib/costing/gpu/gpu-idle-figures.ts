import { type Dec, ZERO } from "../../pricing/decimal";
import type { GpuPodIdle } from "./gpu-pod";

/** GPU-hours and their cost for any set of pods: a workload, a namespace, a team, a node pool, the fleet. */
export interface GpuIdleFigures {
  podCount: number;
  allocatedGpuHours: Dec;
  busyGpuHours: Dec;
  idleGpuHours: Dec;
  unmeasuredGpuHours: Dec;
  /** ioWait + slowTier: the estimate of idle time spent waiting on storage. */
  storageBoundIdleGpuHours: Dec;
  ioWaitIdleGpuHours: Dec;
  slowTierIdleGpuHours: Dec;
  /** Busy ÷ measured GPU-hours; null when nothing was measured. */
  utilisation: number | null;
  /**
   * Costs of the priced pods only; unpriced pods' GPU-hours are counted apart. Null when no pod with
   * GPU-hours has a price: unknown, never $0.
   */
  allocatedCost: Dec | null;
  idleCost: Dec | null;
  storageBoundIdleCost: Dec | null;
  unpricedGpuHours: Dec;
  unpricedReasons: string[];
}

/**
 * Adds pods up. Each pod's cost is its GPU-hours × its node's GPU-hour price; a pod with no price
 * adds its allocated GPU-hours to `unpricedGpuHours` and nothing to any cost; a group with no
 * priced GPU-hours at all has no cost (null), never $0. Utilisation
 * is weighted by measured GPU-hours, so a 1-GPU pod does not count as much as an 8-GPU one.
 */
export function sumGpuIdle(pods: readonly GpuPodIdle[]): GpuIdleFigures {
  const totals = {
    allocatedGpuHours: ZERO,
    busyGpuHours: ZERO,
    idleGpuHours: ZERO,
    unmeasuredGpuHours: ZERO,
    ioWaitIdleGpuHours: ZERO,
    slowTierIdleGpuHours: ZERO,
    allocatedCost: ZERO,
    idleCost: ZERO,
    storageBoundIdleCost: ZERO,
    unpricedGpuHours: ZERO,
  };
  const reasons = new Set<string>();
  let pricedHours = false;
  for (const p of pods) {
    totals.allocatedGpuHours = totals.allocatedGpuHours.plus(p.allocatedGpuHours);
    totals.busyGpuHours = totals.busyGpuHours.plus(p.busyGpuHours);
    totals.idleGpuHours = totals.idleGpuHours.plus(p.idleGpuHours);
    totals.unmeasuredGpuHours = totals.unmeasuredGpuHours.plus(p.unmeasuredGpuHours);
    totals.ioWaitIdleGpuHours = totals.ioWaitIdleGpuHours.plus(p.ioWaitIdleGpuHours);
    totals.slowTierIdleGpuHours = totals.slowTierIdleGpuHours.plus(p.slowTierIdleGpuHours);
    const price = p.pod.price;
    if (price.status === "priced") {
      pricedHours ||= p.allocatedGpuHours.gt(0);
      const bound = p.ioWaitIdleGpuHours.plus(p.slowTierIdleGpuHours);
      totals.allocatedCost = totals.allocatedCost.plus(p.allocatedGpuHours.times(price.pricePerGpuHour));
      totals.idleCost = totals.idleCost.plus(p.idleGpuHours.times(price.pricePerGpuHour));
      totals.storageBoundIdleCost = totals.storageBoundIdleCost.plus(bound.times(price.pricePerGpuHour));
    } else if (p.allocatedGpuHours.gt(0)) {
      totals.unpricedGpuHours = totals.unpricedGpuHours.plus(p.allocatedGpuHours);
      reasons.add(price.reason);
    }
  }
  const measured = totals.busyGpuHours.plus(totals.idleGpuHours);
  const unknown = !pricedHours && totals.unpricedGpuHours.gt(0);
  return {
    podCount: pods.length,
    ...totals,
    allocatedCost: unknown ? null : totals.allocatedCost,
    idleCost: unknown ? null : totals.idleCost,
    storageBoundIdleCost: unknown ? null : totals.storageBoundIdleCost,
    storageBoundIdleGpuHours: totals.ioWaitIdleGpuHours.plus(totals.slowTierIdleGpuHours),
    utilisation: measured.isZero() ? null : totals.busyGpuHours.div(measured).toNumber(),
    unpricedReasons: [...reasons].sort(),
  };
}
