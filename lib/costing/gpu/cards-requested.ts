import { type Dec, dec } from "../../pricing/decimal";

/** GPU Feature Discovery's labels for GPU sharing: each physical card is advertised this many times. */
export const GPU_REPLICAS_LABEL = "nvidia.com/gpu.replicas";
/** GPU Feature Discovery's count of the node's physical cards, whatever sharing advertises. */
export const GPU_COUNT_LABEL = "nvidia.com/gpu.count";

const positiveInteger = (value: string | undefined) =>
  value !== undefined && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null;

/**
 * The physical cards of a node, which its price is divided among. With time-slicing or MPS the
 * device plugin advertises each card `replicas` times, so the node's `nvidia.com/gpu` capacity (the
 * stored GPU count) is cards × replicas: GPU Feature Discovery's `nvidia.com/gpu.count` when present,
 * else that capacity ÷ replicas (a count that is not a multiple of replicas is already cards).
 * A pod's share is counted in cards too (`cardsRequested`), so the two divisions never compound.
 */
export function physicalGpuCards(gpuCount: number, nodeLabels: Record<string, string>): number {
  const labelled = positiveInteger(nodeLabels[GPU_COUNT_LABEL]);
  if (labelled !== null) return labelled;
  const replicas = positiveInteger(nodeLabels[GPU_REPLICAS_LABEL]);
  if (replicas === null || replicas <= 1 || gpuCount % replicas !== 0) return gpuCount;
  return gpuCount / replicas;
}

/**
 * The share of physical cards a pod holds. The import stores whole and MIG requests as cards
 * already; a shared GPU is advertised as `replicas` devices per card (time-slicing or MPS, GPU
 * Feature Discovery's `nvidia.com/gpu.replicas` on the node), so a request for one of them
 * (`nvidia.com/gpu.shared`, or `nvidia.com/gpu` when the plugin does not rename) is 1/replicas of a card.
 * MIG slices are partitions, not replicas: left as they are.
 */
export function cardsRequested(
  gpuRequest: Dec,
  resourceName: string | null,
  nodeLabels: Record<string, string>,
): Dec {
  const replicas = Number(nodeLabels[GPU_REPLICAS_LABEL] ?? "1");
  const shareable = resourceName === "nvidia.com/gpu" || resourceName === "nvidia.com/gpu.shared";
  if (!shareable || !Number.isInteger(replicas) || replicas <= 1) return gpuRequest;
  return gpuRequest.div(dec(replicas));
}
