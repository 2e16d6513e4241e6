import { describe, expect, it } from "vitest";
import { Dec } from "../../pricing/decimal";
import { analyseGpuPod } from "./analyse-gpu-pod";
import { sumGpuIdle } from "./gpu-idle-figures";
import { gpuPod, HOUR, priceOf, series, T0 } from "./gpu-test-fixtures";
import { groupGpuIdle } from "./group-gpu-idle";
import { DEFAULT_GPU_IDLE_SETTINGS as SETTINGS } from "./settings";

const WINDOW = { startMs: T0, endMs: T0 + 24 * HOUR };
const NOW = new Date(WINDOW.endMs);
const analyse = (...pods: ReturnType<typeof gpuPod>[]) =>
  pods.map((p) => analyseGpuPod(p, WINDOW, NOW, SETTINGS));

const pods = analyse(
  // 8 GPUs × 2 h at 25 %, waiting on I/O all along, $6.88 a GPU-hour
  gpuPod({
    gpuRequest: new Dec(8),
    utilisation: [series(0, 120, 10, () => 0.25)],
    ioPressure: series(0, 120, 10, () => 0.4),
    price: priceOf("6.88"),
  }),
  // same job, another pod on another pool, at 75 % with no pressure
  gpuPod({
    podName: "train-1",
    nodePool: "gpu-a100",
    gpuRequest: new Dec(8),
    utilisation: [series(0, 120, 10, () => 0.75)],
    ioPressure: series(0, 120, 10, () => 0.01),
    price: priceOf("2.75"),
  }),
  // an inference pod of another team, on a node with no price
  gpuPod({
    namespace: "serving",
    team: "inference",
    podName: "api-0",
    workloadKind: "Deployment",
    workloadName: "api",
    gpuRequest: new Dec(1),
    utilisation: [series(0, 120, 10, () => 0.5)],
    price: { status: "unpriced", reason: "no price for vm-x" },
  }),
);

describe("GPU idle figures and groups", () => {
  it("prices idle GPU-hours per pod and keeps unpriced GPU-hours out of every cost", () => {
    const total = sumGpuIdle(pods);
    // idle: 16 × 0.75 = 12 (at 6.88) + 16 × 0.25 = 4 (at 2.75) + 2 × 0.5 = 1 (unpriced)
    expect(total.idleGpuHours.toNumber()).toBe(17);
    expect(total.idleCost?.toFixed()).toBe("93.56"); // 12 × 6.88 + 4 × 2.75
    expect(total.storageBoundIdleGpuHours.toNumber()).toBe(12);
    expect(total.storageBoundIdleCost?.toFixed()).toBe("82.56");
    expect(total.allocatedCost?.toFixed()).toBe("154.08"); // 16 × 6.88 + 16 × 2.75 = 110.08 + 44
    expect(total.unpricedGpuHours.toNumber()).toBe(2);
    expect(total.unpricedReasons).toEqual(["no price for vm-x"]);
    // busy 4 + 12 + 1 = 17 of 34 measured
    expect(total.utilisation).toBe(0.5);
  });

  it("groups by workload, namespace, team and node pool, and each grouping adds up to the total", () => {
    const total = sumGpuIdle(pods);
    for (const by of ["workload", "namespace", "team", "node-pool"] as const) {
      const groups = groupGpuIdle(pods, by);
      const idle = groups.reduce((s, g) => s.plus(g.figures.idleCost ?? 0), new Dec(0));
      expect(idle.toFixed(), by).toBe(total.idleCost?.toFixed());
    }
    // the inference pod has no price: its cost is unknown, not $0
    expect(groupGpuIdle(pods, "workload").map((g) => [g.key, g.figures.idleCost?.toFixed() ?? null])).toEqual(
      [
        ["prod/ml/PyTorchJob/train", "93.56"],
        ["prod/serving/Deployment/api", null],
      ],
    );
    expect(groupGpuIdle(pods, "node-pool").map((g) => g.key)).toEqual(["prod/gpu-h100", "prod/gpu-a100"]);
    expect(groupGpuIdle(pods, "team").map((g) => [g.name, g.figures.unpricedGpuHours.toNumber()])).toEqual([
      ["research", 0],
      ["inference", 2],
    ]);
  });
});
