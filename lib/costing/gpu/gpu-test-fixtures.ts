import { Dec } from "../../pricing/decimal";
import type { GpuHourPrice } from "./gpu-hour-price";
import type { GpuPodInput } from "./gpu-pod";
import type { Sample } from "./integrate-utilisation";

export const T0 = Date.UTC(2026, 9, 1);
export const MIN = 60_000;
export const HOUR = 60 * MIN;

export const priceOf = (perGpuHour: string): GpuHourPrice => ({
  status: "priced",
  pricePerGpuHour: new Dec(perGpuHour),
  currency: "USD",
  basis: `test ${perGpuHour}/h`,
  priceId: null,
  overrideId: null,
});

/** Samples every `stepMin` minutes from `fromMin` (inclusive) to `toMin` (exclusive), value by time. */
export function series(
  fromMin: number,
  toMin: number,
  stepMin: number,
  value: (minute: number) => number,
): Sample[] {
  const samples: Sample[] = [];
  for (let m = fromMin; m < toMin; m += stepMin) samples.push({ atMs: T0 + m * MIN, value: value(m) });
  return samples;
}

export function gpuPod(overrides: Partial<GpuPodInput> = {}): GpuPodInput {
  return {
    clusterId: "c1",
    clusterName: "prod",
    namespace: "ml",
    team: "research",
    podName: "train-0",
    podUid: "uid-train-0",
    workloadKind: "PyTorchJob",
    workloadName: "train",
    nodeName: "gpu-node-1",
    nodePool: "gpu-h100",
    gpuRequest: new Dec(1),
    gpuResourceName: "nvidia.com/gpu",
    startedAtMs: T0,
    endedAtMs: T0 + 2 * HOUR,
    utilisation: [],
    ioPressure: [],
    slowTierClaims: [],
    price: priceOf("2"),
    ...overrides,
  };
}
