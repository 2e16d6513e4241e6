import { describe, expect, it } from "vitest";
import { Dec } from "../../pricing/decimal";
import type { IsoDay } from "../../pricing/types";
import { daysBetween } from "../day-window";
import { gpuPod, HOUR, priceOf, series, T0 } from "../gpu/gpu-test-fixtures";
import { DEFAULT_GPU_IDLE_SETTINGS } from "../gpu/settings";
import { DEFAULT_ANOMALY_SETTINGS } from "./anomaly-settings";
import { detectGpuIdleJumps } from "./detect-gpu-idle-jumps";
import { gpuIdleDays, type WorkloadGpuIdleDay } from "./gpu-idle-days";

const HISTORY_FROM = "2026-10-01";
const JUDGED = daysBetween("2026-10-15", "2026-11-20");
const noise = [0, 0.4, -0.3, 0.5, -0.2, 0.3, -0.4, 0.1];

function idleDays(
  cost: (day: IsoDay, index: number) => number,
  workloadName = "train",
): WorkloadGpuIdleDay[] {
  return daysBetween(HISTORY_FROM, "2026-11-20").map((day, index) => ({
    cluster: "prod",
    namespace: "ml",
    workloadKind: "PyTorchJob",
    workloadName,
    currency: "USD",
    day,
    storageBoundIdleGpuHours: new Dec(cost(day, index)).div(2),
    storageBoundIdleCost: new Dec(cost(day, index)),
  }));
}

const detect = (days: WorkloadGpuIdleDay[]) =>
  detectGpuIdleJumps({
    days,
    judged: JUDGED,
    historyFrom: HISTORY_FROM,
    settings: DEFAULT_ANOMALY_SETTINGS,
    driversEach: 3,
  });

describe("detectGpuIdleJumps", () => {
  it("finds a jump in a namespace's storage-bound GPU idle cost and names the workload behind it", () => {
    const steady = idleDays((_, i) => 20 + (noise[i % noise.length] as number), "serve");
    const jumping = idleDays((day) => (day >= "2026-11-10" ? 60 : 10));
    const [jump, ...rest] = detect([...steady, ...jumping]);
    expect(rest).toEqual([]);
    expect(jump?.group).toBe("prod/ml");
    expect(jump?.day).toBe("2026-11-10");
    expect(jump?.lastDay).toBe("2026-11-20");
    expect(jump?.deviation.isPos()).toBe(true);
    expect(jump?.drivers.map((d) => d.workloadName)).toEqual(["train"]);
    expect(jump?.drivers[0]?.costBefore.toFixed(2)).toBe("10.00");
    expect(jump?.drivers[0]?.costOn.toFixed(2)).toBe("60.00");
    expect(jump?.drivers[0]?.gpuHoursOn.toFixed(1)).toBe("30.0");
  });

  it("flags nothing on a steady or noisy series, nor across a month boundary", () => {
    expect(detect(idleDays(() => 20))).toEqual([]);
    expect(detect(idleDays((_, i) => 20 + (noise[i % noise.length] as number)))).toEqual([]);
    expect(daysBetween("2026-10-30", "2026-11-02").every((d) => JUDGED.includes(d))).toBe(true);
  });

  it("does not flag a drop: less GPU time waiting on storage is no anomaly", () => {
    expect(detect(idleDays((day) => (day >= "2026-11-10" ? 2 : 40)))).toEqual([]);
  });
});

describe("gpuIdleDays", () => {
  it("counts a pod's idle time under I/O pressure per UTC day at its GPU-hour price, and skips unpriced pods", () => {
    // Two hours on 2026-10-01 idle (utilisation 0) with I/O pressure above the threshold throughout.
    const pod = gpuPod({
      startedAtMs: T0,
      endedAtMs: T0 + 2 * HOUR,
      utilisation: [series(0, 120, 1, () => 0)],
      ioPressure: series(0, 120, 1, () => 0.9),
      price: priceOf("3"),
    });
    const unpriced = gpuPod({
      podUid: "uid-x",
      workloadName: "other",
      utilisation: [series(0, 120, 1, () => 0)],
      price: { status: "unpriced", reason: "no price for the node" } as never,
    });
    const days = gpuIdleDays(
      [pod, unpriced],
      ["2026-10-01", "2026-10-02"],
      new Date(T0 + 48 * HOUR),
      DEFAULT_GPU_IDLE_SETTINGS,
    );
    expect(days).toHaveLength(1);
    expect(days[0]?.day).toBe("2026-10-01");
    expect(days[0]?.storageBoundIdleGpuHours.toNumber()).toBeCloseTo(2, 1);
    expect(days[0]?.storageBoundIdleCost.toNumber()).toBeCloseTo(6, 1);
  });
});
