import { type Dec, dec } from "../../pricing/decimal";

/** GPU Feature Discovery's labels for GPU sharing: each physical card is advertised this many times. */
export const GPU_REPLICAS_LABEL = "nvidia.com/gpu.replicas";

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
