import { regionOfZone } from "./normalize-persistent-volume";
import type { NodeFields } from "./normalized-object";
import type { ObjectReader } from "./object-reader";
import type { ObjectMetadata } from "./read-metadata";

// The largest machines carry 16 GPUs of at most 192 GiB each; a few times that is still real,
// anything beyond is a corrupt dump (and would overflow the count columns).
const MAX_GPUS_PER_NODE = 64;
const MAX_GPU_MEMORY_MIB = 1024 * 1024;

function first(labels: Record<string, string>, keys: string[]): string | null {
  for (const key of keys) if (labels[key]) return labels[key] as string;
  return null;
}

/** Spot or on-demand, from whichever provisioner labelled the node. */
function capacityType(labels: Record<string, string>): string | null {
  const declared = first(labels, ["karpenter.sh/capacity-type", "eks.amazonaws.com/capacityType"]);
  if (declared) return declared.toLowerCase().replace("_", "-");
  if (
    labels["cloud.google.com/gke-spot"] === "true" ||
    labels["cloud.google.com/gke-preemptible"] === "true"
  ) {
    return "spot";
  }
  if (labels["kubernetes.azure.com/scalesetpriority"] === "spot") return "spot";
  return null;
}

export function normalizeNode(r: ObjectReader, meta: ObjectMetadata): NodeFields {
  const labels = r.stringMap("metadata.labels");
  const zone = first(labels, ["topology.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/zone"]);
  const gpuCapacity = r.entry("status.capacity", "nvidia.com/gpu") ?? labels["nvidia.com/gpu.count"];
  const gpuMemory = labels["nvidia.com/gpu.memory"];
  return {
    ...meta.common,
    instanceType: first(labels, [
      "node.kubernetes.io/instance-type",
      "beta.kubernetes.io/instance-type",
      "nvidia.com/gpu.machine",
    ]),
    region:
      first(labels, ["topology.kubernetes.io/region", "failure-domain.beta.kubernetes.io/region"]) ??
      (zone ? regionOfZone(zone) : null),
    zone,
    capacityType: capacityType(labels),
    nodePool: first(labels, [
      "karpenter.sh/nodepool",
      "eks.amazonaws.com/nodegroup",
      "cloud.google.com/gke-nodepool",
      "kubernetes.azure.com/agentpool",
      "agentpool",
    ]),
    gpuModel: first(labels, ["nvidia.com/gpu.product", "cloud.google.com/gke-accelerator"]),
    gpuCount: r.count("status.capacity.nvidia.com/gpu", MAX_GPUS_PER_NODE, gpuCapacity) ?? 0,
    gpuMemoryMib:
      gpuMemory && /^\d+$/.test(gpuMemory)
        ? r.count("metadata.labels.nvidia.com/gpu.memory", MAX_GPU_MEMORY_MIB, gpuMemory)
        : null,
    providerId: r.string("spec.providerID"),
    labels,
  };
}
