import { describe, expect, it } from "vitest";
import { Dec } from "../../pricing/decimal";
import { analyseGpuPod } from "./analyse-gpu-pod";
import { gpuPod, HOUR, MIN, series, T0 } from "./gpu-test-fixtures";
import { DEFAULT_GPU_IDLE_SETTINGS as SETTINGS } from "./settings";

const WINDOW = { startMs: T0, endMs: T0 + 24 * HOUR };
const NOW = new Date(T0 + 30 * HOUR);
const hours = (value: Dec) => value.toNumber();

function figures(pod = gpuPod()) {
  const r = analyseGpuPod(pod, WINDOW, NOW, SETTINGS);
  return {
    allocated: hours(r.allocatedGpuHours),
    busy: hours(r.busyGpuHours),
    idle: hours(r.idleGpuHours),
    unmeasured: hours(r.unmeasuredGpuHours),
    ioWait: hours(r.ioWaitIdleGpuHours),
    slowTier: hours(r.slowTierIdleGpuHours),
  };
}

describe("one GPU pod over a window", () => {
  it("allocates a fractional GPU (a MIG slice) by its share: 0.5 GPU × 2 h at 40 % = 0.4 busy, 0.6 idle", () => {
    const pod = gpuPod({ gpuRequest: new Dec("0.5"), utilisation: [series(0, 120, 10, () => 0.4)] });
    expect(figures(pod)).toEqual({
      allocated: 1,
      busy: 0.4,
      idle: 0.6,
      unmeasured: 0,
      ioWait: 0,
      slowTier: 0,
    });
  });

  it("keeps allocated = busy + idle + unmeasured when a series has a gap", () => {
    // 8 GPUs, 2 h; samples at 0, 10, … 50 min at 0.75, none after: the last one holds 20 min
    // (2 × the median interval), to 70 min, so 70 minutes are measured and 50 are not.
    const pod = gpuPod({ gpuRequest: new Dec(8), utilisation: [series(0, 60, 10, () => 0.75)] });
    // busy 70/60 × 0.75 × 8 = 7; idle 70/60 × 0.25 × 8 = 2.3333; unmeasured 50/60 × 8 = 6.6667
    const r = analyseGpuPod(pod, WINDOW, NOW, SETTINGS);
    expect(r.allocatedGpuHours.toNumber()).toBe(16);
    expect(r.busyGpuHours.toNumber()).toBe(7);
    expect(r.idleGpuHours.toFixed(6)).toBe("2.333333");
    expect(r.unmeasuredGpuHours.toFixed(6)).toBe("6.666667");
    expect(r.busyGpuHours.plus(r.idleGpuHours).plus(r.unmeasuredGpuHours).toNumber()).toBe(16);
  });

  it("averages one series per card: two GPUs at 100 % and 50 % are 75 % busy", () => {
    const pod = gpuPod({
      gpuRequest: new Dec(2),
      utilisation: [series(0, 120, 10, () => 1), series(0, 120, 15, () => 0.5)],
    });
    expect(figures(pod)).toMatchObject({ allocated: 4, busy: 3, idle: 1, unmeasured: 0 });
  });

  it("clips the pod's life to the window, and counts a running pod to now", () => {
    const before = gpuPod({ startedAtMs: T0 - 5 * HOUR, endedAtMs: T0 + HOUR });
    expect(figures(before)).toMatchObject({ allocated: 1, unmeasured: 1 });
    const running = gpuPod({ startedAtMs: T0 + 20 * HOUR, endedAtMs: null });
    // window ends at 24 h, before now (30 h)
    expect(figures(running).allocated).toBe(4);
    const short = analyseGpuPod(running, { startMs: T0, endMs: T0 + 48 * HOUR }, NOW, SETTINGS);
    expect(short.allocatedGpuHours.toNumber()).toBe(10);
    expect(figures(gpuPod({ startedAtMs: null })).allocated).toBe(0);
  });

  it("counts idle time as storage-bound while I/O pressure is at or above the threshold", () => {
    // utilisation 0.4 for 2 h; pressure 0.5 in the first hour, 0.05 in the second
    const pod = gpuPod({
      utilisation: [series(0, 120, 10, () => 0.4)],
      ioPressure: series(0, 120, 10, (m) => (m < 60 ? 0.5 : 0.05)),
      slowTierClaims: ["dataset"],
    });
    expect(figures(pod)).toMatchObject({ idle: 1.2, ioWait: 0.6, slowTier: 0 });
  });

  it("falls back to the slow-tier rule only where pressure is unmeasured, and only for slow data volumes", () => {
    const utilisation = [series(0, 120, 10, () => 0.25)];
    const pressureFirstHour = series(0, 60, 10, () => 0.2);
    // pressure samples 0…50 min hold to 70 min: 70 min at ≥ 0.1 → 0.75 × 70/60 = 0.875;
    // 50 min with no pressure → 0.75 × 50/60 = 0.625
    expect(
      figures(gpuPod({ utilisation, ioPressure: pressureFirstHour, slowTierClaims: ["data"] })),
    ).toMatchObject({ idle: 1.5, ioWait: 0.875, slowTier: 0.625 });
    expect(figures(gpuPod({ utilisation, ioPressure: pressureFirstHour }))).toMatchObject({
      ioWait: 0.875,
      slowTier: 0,
    });
    const off = analyseGpuPod(gpuPod({ utilisation, slowTierClaims: ["data"] }), WINDOW, NOW, {
      ...SETTINGS,
      slowTierWithoutPressure: false,
    });
    expect(off.slowTierIdleGpuHours.toNumber()).toBe(0);
  });

  it("reports a pod with no utilisation series as wholly unmeasured", () => {
    expect(figures(gpuPod({ ioPressure: series(0, 120, 10, () => 0.9) }))).toEqual({
      allocated: 2,
      busy: 0,
      idle: 0,
      unmeasured: 2,
      ioWait: 0,
      slowTier: 0,
    });
  });

  it("uses the irregular sampling of each series as it is", () => {
    // samples at 0, 5, 20, 30 min then stop; pod lives 1 h: hold 20 min → measured 50 min
    const samples = [0, 5, 20, 30].map((m, i) => ({
      atMs: T0 + m * MIN,
      value: [0.2, 0.6, 1, 0.5][i] as number,
    }));
    const pod = gpuPod({ endedAtMs: T0 + HOUR, gpuRequest: new Dec(6), utilisation: [samples] });
    // busy minutes 30 → 30/60 × 6 = 3; idle 20 min → 2; unmeasured 10 min → 1
    expect(figures(pod)).toMatchObject({ allocated: 6, busy: 3, idle: 2, unmeasured: 1 });
  });
});
