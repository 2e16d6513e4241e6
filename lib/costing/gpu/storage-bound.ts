import { Dec, ZERO } from "../../pricing/decimal";
import type { Segment } from "./integrate-utilisation";

export interface StorageBoundIdle {
  /** Idle time while I/O pressure was at or above the threshold, in ms of fully idle GPU. */
  ioWaitIdleMs: Dec;
  /** Idle time with no I/O pressure measured, counted because a data or checkpoint volume is on a slow tier. */
  slowTierIdleMs: Dec;
}

/**
 * The storage-bound part of one GPU series' idle time (the model, an estimate):
 * - at every moment both are measured, idle time (1 − utilisation) counts when the pod's I/O
 *   pressure is at or above `threshold`: the pod was waiting on I/O while its GPU idled;
 * - where utilisation is measured but pressure is not, idle time counts only when `slowTier` (the
 *   workload reads or writes a dataset or checkpoint volume on a slow tier), and is kept apart.
 * Both series are step functions (`toSegments`), sorted and non-overlapping.
 */
export function storageBoundIdle(
  utilisation: readonly Segment[],
  pressure: readonly Segment[],
  options: { threshold: number; slowTier: boolean },
): StorageBoundIdle {
  let ioWaitIdleMs = ZERO;
  let slowTierIdleMs = ZERO;
  let first = 0;
  for (const u of utilisation) {
    const idle = new Dec(1).minus(String(u.value));
    let covered = 0;
    while (first < pressure.length && (pressure[first] as Segment).endMs <= u.startMs) first++;
    for (let i = first; i < pressure.length; i++) {
      const p = pressure[i] as Segment;
      if (p.startMs >= u.endMs) break;
      const overlap = Math.min(u.endMs, p.endMs) - Math.max(u.startMs, p.startMs);
      covered += overlap;
      if (p.value >= options.threshold) ioWaitIdleMs = ioWaitIdleMs.plus(idle.times(overlap));
    }
    const uncovered = u.endMs - u.startMs - covered;
    if (options.slowTier && uncovered > 0) slowTierIdleMs = slowTierIdleMs.plus(idle.times(uncovered));
  }
  return { ioWaitIdleMs, slowTierIdleMs };
}
