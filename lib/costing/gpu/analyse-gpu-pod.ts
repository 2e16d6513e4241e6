import { Dec, ZERO } from "../../pricing/decimal";
import type { GpuPodIdle, GpuPodInput } from "./gpu-pod";
import { type HoldRule, integrateSegments, type TimeSpan, toSegments } from "./integrate-utilisation";
import type { GpuIdleSettings } from "./settings";
import { storageBoundIdle } from "./storage-bound";

const MS_PER_HOUR = 3_600_000;

/** The gap rule of the settings, in milliseconds. */
export function holdRule(settings: GpuIdleSettings): HoldRule {
  return { maxGapIntervals: settings.maxGapIntervals, maxHoldMs: settings.maxHoldMinutes * 60_000 };
}

/**
 * One pod over a window:
 * - allocated GPU-hours = GPUs requested × the hours of its life inside the window (from its start
 *   to its end, or `now` while it runs);
 * - busy and idle GPU-hours integrate its utilisation by the gap rule (`toSegments`); with several GPU
 *   series (one per card) each is integrated alone and the results are averaged: each series is one
 *   card of the request, so the mean is the per-card figure the request multiplies;
 * - unmeasured GPU-hours are the allocated ones no sample covers: neither idle nor busy;
 * - storage-bound idle GPU-hours by `storageBoundIdle`, averaged the same way.
 * So allocated = busy + idle + unmeasured, exactly.
 */
export function analyseGpuPod(
  pod: GpuPodInput,
  window: TimeSpan,
  now: Date,
  settings: GpuIdleSettings,
): GpuPodIdle {
  const { utilisation, ioPressure, ...identity } = pod;
  const lifeStartMs = Math.max(pod.startedAtMs ?? window.endMs, window.startMs);
  const lifeEndMs = Math.max(
    lifeStartMs,
    Math.min(pod.endedAtMs ?? now.getTime(), window.endMs, now.getTime()),
  );
  const span = { startMs: lifeStartMs, endMs: lifeEndMs };
  const rule = holdRule(settings);
  const pressure = toSegments(ioPressure, span, rule);
  const series = utilisation.filter((samples) => samples.length > 0);
  let busyMs = ZERO;
  let idleMs = ZERO;
  let ioWaitMs = ZERO;
  let slowTierMs = ZERO;
  for (const samples of series) {
    const segments = toSegments(samples, span, rule);
    const integral = integrateSegments(segments, span);
    const bound = storageBoundIdle(segments, pressure, {
      threshold: settings.ioPressureThreshold,
      slowTier: settings.slowTierWithoutPressure && pod.slowTierClaims.length > 0,
    });
    busyMs = busyMs.plus(integral.busyMs);
    idleMs = idleMs.plus(integral.idleMs);
    ioWaitMs = ioWaitMs.plus(bound.ioWaitIdleMs);
    slowTierMs = slowTierMs.plus(bound.slowTierIdleMs);
  }
  const count = Math.max(1, series.length);
  const toGpuHours = (ms: Dec) => ms.div(count).times(pod.gpuRequest).div(MS_PER_HOUR);
  const allocatedGpuHours = new Dec(lifeEndMs - lifeStartMs).times(pod.gpuRequest).div(MS_PER_HOUR);
  const busyGpuHours = toGpuHours(busyMs);
  const idleGpuHours = toGpuHours(idleMs);
  return {
    pod: identity,
    lifeStartMs,
    lifeEndMs,
    allocatedGpuHours,
    busyGpuHours,
    idleGpuHours,
    // Exact but for the 40th digit of divisions by the series count: never let that read as "−0".
    unmeasuredGpuHours: Dec.max(ZERO, allocatedGpuHours.minus(busyGpuHours).minus(idleGpuHours)),
    ioWaitIdleGpuHours: toGpuHours(ioWaitMs),
    slowTierIdleGpuHours: toGpuHours(slowTierMs),
  };
}
