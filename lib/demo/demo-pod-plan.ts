import { demoUuid, stableK8sSuffix } from "./demo-ids";
import type { DemoCluster, GpuProfile, Labels, NodePlan, PodPlan, PodVolumePlan } from "./demo-plan-types";
import { SECOND_MS } from "./demo-time";
import type { SeededRandom } from "./seeded-random";

export interface PodSpec {
  namespace: string;
  name: string;
  /** Distinguishes pods that reuse a name over time (StatefulSet replicas, notebook servers). */
  idKey?: string;
  node: NodePlan;
  startedAt: Date;
  finishedAt?: Date;
  deletedAt?: Date;
  phase?: PodPlan["phase"];
  owner?: { kind: string; name: string };
  workload?: { kind: string; name: string };
  gpu?: { request: string; resource?: string; profile: GpuProfile };
  container?: string;
  labels?: Labels;
  annotations?: Labels;
  volumes?: PodVolumePlan[];
}

/** dcgm-exporter's modelName for each GPU Feature Discovery product label. */
const DCGM_MODEL_NAMES: Record<string, string> = {
  "NVIDIA-H100-80GB-HBM3": "NVIDIA H100 80GB HBM3",
  "NVIDIA-A100-SXM4-40GB": "NVIDIA A100-SXM4-40GB",
  "NVIDIA-A100-80GB-PCIe": "NVIDIA A100 80GB PCIe",
  "NVIDIA-A10G": "NVIDIA A10G",
  "NVIDIA-L4": "NVIDIA L4",
};

/**
 * One pod's plan. Every pod also gets the projected service-account volume Kubernetes injects
 * (kube-api-access-xxxxx), as real pod specs have.
 */
export function podPlan(cluster: DemoCluster, random: SeededRandom, spec: PodSpec): PodPlan {
  if (spec.gpu && !spec.node.gpuModel) {
    throw new Error(`${cluster.name}: GPU pod ${spec.namespace}/${spec.name} on CPU node ${spec.node.name}`);
  }
  const apiAccess: PodVolumePlan = {
    name: `kube-api-access-${stableK8sSuffix(5, cluster.name, spec.namespace, spec.name)}`,
    type: "other",
    readOnly: true,
  };
  return {
    uid: demoUuid(cluster.name, "pod", spec.namespace, spec.name, spec.idKey ?? ""),
    namespace: spec.namespace,
    name: spec.name,
    nodeName: spec.node.name,
    phase: spec.phase ?? (spec.finishedAt ? "Succeeded" : "Running"),
    // Scheduling and image pulls take a little while before the pod's startTime.
    createdAt: new Date(spec.startedAt.getTime() - random.int(2, 90) * SECOND_MS),
    startedAt: spec.startedAt,
    finishedAt: spec.finishedAt,
    deletedAt: spec.deletedAt,
    ownerKind: spec.owner?.kind,
    ownerName: spec.owner?.name,
    workloadKind: spec.workload?.kind ?? spec.owner?.kind,
    workloadName: spec.workload?.name ?? spec.owner?.name,
    gpuRequest: spec.gpu?.request ?? "0",
    gpuResourceName: spec.gpu ? (spec.gpu.resource ?? "nvidia.com/gpu") : undefined,
    labels: spec.labels ?? {},
    annotations: spec.annotations ?? {},
    volumes: [...(spec.volumes ?? []), apiAccess],
    gpuProfile: spec.gpu?.profile,
    container: spec.container ?? "main",
    gpuModelName: spec.node.gpuModel ? DCGM_MODEL_NAMES[spec.node.gpuModel] : undefined,
  };
}
