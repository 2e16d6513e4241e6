import type { Dec } from "../../pricing/decimal";
import type { GpuHourPrice } from "./gpu-hour-price";
import type { Sample } from "./integrate-utilisation";

/** One GPU pod as the model reads it: who it belongs to, what it asked for, when, and its metrics. */
export interface GpuPodInput {
  clusterId: string;
  clusterName: string;
  namespace: string;
  team: string | null;
  podName: string;
  podUid: string;
  /** The top-level controller (PyTorchJob, Job, Deployment); the pod itself when it has none. */
  workloadKind: string;
  workloadName: string;
  nodeName: string | null;
  nodePool: string | null;
  /** Physical cards held: whole GPUs, MIG slices and shared GPUs as their share (`cardsRequested`). */
  gpuRequest: Dec;
  gpuResourceName: string | null;
  startedAtMs: number | null;
  /** Last container termination or deletion; null while it runs. */
  endedAtMs: number | null;
  /** One sample list per GPU series of the pod (all from one source metric). */
  utilisation: Sample[][];
  /** The pod's I/O pressure (PSI "some" as a 0..1 ratio); empty when not measured. */
  ioPressure: Sample[];
  /** The pod's dataset and checkpoint claims that sit on a slow tier. */
  slowTierClaims: string[];
  price: GpuHourPrice;
}

export type GpuPodIdentity = Omit<GpuPodInput, "utilisation" | "ioPressure">;

/** What one pod's GPUs did over the window, in GPU-hours (fractions of cards × hours). */
export interface GpuPodIdle {
  pod: GpuPodIdentity;
  /** The part of the pod's life inside the window. */
  lifeStartMs: number;
  lifeEndMs: number;
  allocatedGpuHours: Dec;
  busyGpuHours: Dec;
  idleGpuHours: Dec;
  unmeasuredGpuHours: Dec;
  ioWaitIdleGpuHours: Dec;
  slowTierIdleGpuHours: Dec;
}
