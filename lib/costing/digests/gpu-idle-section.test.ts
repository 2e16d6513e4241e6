import { describe, expect, it } from "vitest";
import { Dec } from "../../pricing/decimal";
import type { GpuPodIdle } from "../gpu/gpu-pod";
import { gpuPod, priceOf } from "../gpu/gpu-test-fixtures";
import { DEFAULT_GPU_IDLE_SETTINGS } from "../gpu/settings";
import { gpuIdleSection } from "./gpu-idle-section";
import { gpuIdleHtml, gpuIdleText } from "./render-gpu-idle";

/** A pod as the model left it: GPU-hours allocated, busy, idle, unmeasured, and idle waiting on storage. */
function analysed(
  at: string,
  workload: string,
  price: string | null,
  hours: {
    allocated: number;
    busy: number;
    idle: number;
    unmeasured?: number;
    ioWait?: number;
    slowTier?: number;
  },
): GpuPodIdle {
  const [clusterName = "", namespace = "", podName = ""] = at.split("/");
  const [workloadKind = "", workloadName = ""] = workload.split("/");
  const {
    utilisation: _samples,
    ioPressure: _pressure,
    ...pod
  } = gpuPod({
    clusterName,
    namespace,
    podName,
    podUid: at,
    workloadKind,
    workloadName,
    price: price === null ? { status: "unpriced", reason: "no price for g9.big" } : priceOf(price),
  });
  return {
    pod,
    lifeStartMs: 0,
    lifeEndMs: 0,
    allocatedGpuHours: new Dec(hours.allocated),
    busyGpuHours: new Dec(hours.busy),
    idleGpuHours: new Dec(hours.idle),
    unmeasuredGpuHours: new Dec(hours.unmeasured ?? 0),
    ioWaitIdleGpuHours: new Dec(hours.ioWait ?? 0),
    slowTierIdleGpuHours: new Dec(hours.slowTier ?? 0),
  };
}

const pods = [
  analysed("prod/ml/train-0", "PyTorchJob/train", "2", {
    allocated: 10,
    busy: 4,
    idle: 5,
    unmeasured: 1,
    ioWait: 3,
    slowTier: 1,
  }),
  analysed("prod/ml/train-1", "PyTorchJob/train", "2", { allocated: 10, busy: 6, idle: 4 }),
  analysed("prod/ml/serve-0", "Deployment/serve", null, { allocated: 8, busy: 2, idle: 6 }),
  analysed("prod/ml/etl-0", "Job/etl", "3", { allocated: 2, busy: 0, idle: 2, slowTier: 2 }),
  analysed("prod/web/x-0", "Job/x", "10", { allocated: 100, busy: 0, idle: 100 }),
  analysed("lab/ml/sweep-0", "Job/sweep", "1.5", { allocated: 4, busy: 3, idle: 1 }),
];
const window = { from: "2026-11-16", to: "2026-11-22" };
const section = gpuIdleSection({
  pods,
  namespaces: new Set(["prod/ml", "lab/ml"]),
  settings: DEFAULT_GPU_IDLE_SETTINGS,
  currency: "USD",
  window,
});

describe("GPU idle cost section", () => {
  it("adds up the owner's pods only: idle cost at each pod's price, unpriced GPU-hours apart", () => {
    expect(section).toMatchObject({
      podCount: 5,
      allocatedGpuHours: "34", // 10 + 10 + 8 + 2 + 4
      idleGpuHours: "18", // 5 + 4 + 6 + 2 + 1
      unmeasuredGpuHours: "1",
      idleCost: "25.5", // 5 × 2 + 4 × 2 + 2 × 3 + 1 × 1.5; serve has no price
      storageBoundIdleGpuHours: "6", // (3 + 1) + 2
      storageBoundIdleCost: "14", // 4 × 2 + 2 × 3
      storageBoundShare: 6 / 18,
      unpricedGpuHours: "8",
      workloadCount: 4,
      path: "/gpu-efficiency?window=custom&from=2026-11-16&to=2026-11-22&by=workload",
    });
  });

  it("lists the 3 workloads with the most idle cost, the model's storage attribution marked as an estimate", () => {
    expect(
      section.workloads.map((w) => [w.name, w.idleCost, w.storageBoundShare, w.storageBound, w.estimate]),
    ).toEqual([
      ["train", "18", 4 / 9, false, true],
      ["etl", "6", 1, true, true],
      ["sweep", "1.5", 0, false, false],
    ]);
    expect(section.workloads[0]?.path).toBe(
      "/gpu-efficiency?window=custom&from=2026-11-16&to=2026-11-22&cluster=prod&workload=prod%2Fml%2FPyTorchJob%2Ftrain",
    );
  });

  it("renders the same figures in text and HTML, with the GPU efficiency page for the window", () => {
    const text = gpuIdleText(section, "https://t.example");
    expect(text.split("\n")).toEqual([
      "GPU IDLE COST",
      "Idle cost: $25.50",
      "18.0 GPU-h idle of 34.0 GPU-h allocated to 5 GPU pod(s) from 2026-11-16 to 2026-11-22 (UTC days), at each pod's GPU-hour price",
      "Storage-bound (estimate): 33.3 % of idle, 6.0 GPU-h, $14.00",
      "Unmeasured (neither idle nor busy): 1.0 GPU-h; unpriced, not in the cost: 8.0 GPU-h",
      "The top 3 of 4 workloads by idle cost:",
      "- train (PyTorchJob, prod/ml; 9.0 GPU-h idle of 20.0 GPU-h; 44.4 % of idle waiting on storage (estimate)): $18.00 https://t.example/gpu-efficiency?window=custom&from=2026-11-16&to=2026-11-22&cluster=prod&workload=prod%2Fml%2FPyTorchJob%2Ftrain",
      "- etl (Job, prod/ml; 2.0 GPU-h idle of 2.0 GPU-h; 100.0 % of idle waiting on storage (estimate), storage-bound): $6.00 https://t.example/gpu-efficiency?window=custom&from=2026-11-16&to=2026-11-22&cluster=prod&workload=prod%2Fml%2FJob%2Fetl",
      "- sweep (Job, lab/ml; 1.0 GPU-h idle of 4.0 GPU-h; 0.0 % of idle waiting on storage): $1.50 https://t.example/gpu-efficiency?window=custom&from=2026-11-16&to=2026-11-22&cluster=lab&workload=lab%2Fml%2FJob%2Fsweep",
      "GPU efficiency for these days: https://t.example/gpu-efficiency?window=custom&from=2026-11-16&to=2026-11-22&by=workload",
    ]);
    const html = gpuIdleHtml(section, "https://t.example");
    expect(html).toContain('data-figure="gpu-idle-cost">$25.50<');
    expect(html).toContain(
      'href="https://t.example/gpu-efficiency?window=custom&amp;from=2026-11-16&amp;to=2026-11-22&amp;by=workload"',
    );
  });

  it("opens the page on the owner's cluster, and says unpriced when no GPU-hour has a price", () => {
    const serve = gpuIdleSection({
      pods: pods.filter((p) => p.pod.workloadName === "serve"),
      namespaces: new Set(["prod/ml"]),
      settings: DEFAULT_GPU_IDLE_SETTINGS,
      currency: "USD",
      window,
    });
    expect([serve.idleCost, serve.path]).toEqual([
      null,
      "/gpu-efficiency?window=custom&from=2026-11-16&to=2026-11-22&cluster=prod&by=workload",
    ]);
    expect(gpuIdleText(serve, "https://t.example")).toContain("Idle cost: unpriced\n");
    expect(gpuIdleText(serve, "https://t.example")).toContain("): unpriced https://");
  });

  it("says there are no GPU workloads, not $0, when the owner has none", () => {
    const none = gpuIdleSection({
      pods,
      namespaces: new Set(["prod/billing"]),
      settings: DEFAULT_GPU_IDLE_SETTINGS,
      currency: "USD",
      window,
    });
    expect([none.podCount, none.workloads]).toEqual([0, []]);
    expect(gpuIdleText(none, "https://t.example")).toBe(
      "GPU IDLE COST\nNo GPU workloads from 2026-11-16 to 2026-11-22.",
    );
    expect(gpuIdleHtml(none, "https://t.example")).not.toContain("$");
  });
});
