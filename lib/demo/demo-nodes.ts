import type { Prisma } from "@/lib/db/generated/client";
import { demoUuid, stableHex } from "./demo-ids";
import { lifecycle } from "./demo-lifecycle";
import type { DemoClusterKey } from "./demo-organisation";
import type { DemoCluster, Labels, NodePlan } from "./demo-plan-types";
import type { DemoClock } from "./demo-time";

/**
 * Node pools with real instance types and the labels GPU Feature Discovery and the cloud providers
 * put on them. GPU nodes sit in the cluster's first zone, as GPU capacity reservations usually do.
 */
interface GpuSpec {
  /** nvidia.com/gpu.product as GPU Feature Discovery writes it. */
  product: string;
  count: number;
  memoryMib: number;
  /** cloud.google.com/gke-accelerator, on GKE. */
  gkeAccelerator?: string;
}

interface PoolSpec {
  pool: string;
  instanceType: string;
  count: number;
  gpu?: GpuSpec;
  /** Spot nodes among the pool (the last ones). */
  spot?: number;
  /** GPU pools stay in the first zone; others spread. */
  spread?: boolean;
  createdDaysAgo: number;
  extraLabels?: Labels;
}

const H100: GpuSpec = { product: "NVIDIA-H100-80GB-HBM3", count: 8, memoryMib: 81559 };
const A100_40: GpuSpec = { product: "NVIDIA-A100-SXM4-40GB", count: 8, memoryMib: 40960 };

const POOLS: Record<DemoClusterKey, PoolSpec[]> = {
  eks: [
    { pool: "gpu-h100", instanceType: "p5.48xlarge", count: 2, gpu: H100, createdDaysAgo: 120 },
    { pool: "gpu-a100", instanceType: "p4d.24xlarge", count: 3, gpu: A100_40, createdDaysAgo: 200 },
    {
      pool: "inference-g5",
      instanceType: "g5.xlarge",
      count: 3,
      spot: 1,
      spread: true,
      gpu: { product: "NVIDIA-A10G", count: 1, memoryMib: 23028 },
      createdDaysAgo: 95,
    },
    { pool: "system", instanceType: "m6i.4xlarge", count: 3, spread: true, createdDaysAgo: 150 },
    { pool: "batch", instanceType: "m6i.8xlarge", count: 3, spot: 1, spread: true, createdDaysAgo: 110 },
  ],
  aks: [
    { pool: "ndv4", instanceType: "Standard_ND96asr_v4", count: 3, gpu: A100_40, createdDaysAgo: 180 },
    {
      pool: "nca100",
      instanceType: "Standard_NC24ads_A100_v4",
      count: 3,
      gpu: { product: "NVIDIA-A100-80GB-PCIe", count: 1, memoryMib: 81920 },
      createdDaysAgo: 140,
    },
    { pool: "system", instanceType: "Standard_D8ds_v5", count: 3, spread: true, createdDaysAgo: 200 },
    { pool: "cpu", instanceType: "Standard_D16ds_v5", count: 4, spot: 1, spread: true, createdDaysAgo: 130 },
  ],
  gke: [
    {
      pool: "a3-h100",
      instanceType: "a3-highgpu-8g",
      count: 2,
      gpu: { ...H100, gkeAccelerator: "nvidia-h100-80gb" },
      createdDaysAgo: 100,
    },
    {
      pool: "a2-a100",
      instanceType: "a2-highgpu-8g",
      count: 2,
      gpu: { ...A100_40, gkeAccelerator: "nvidia-tesla-a100" },
      createdDaysAgo: 160,
    },
    {
      pool: "g2-l4",
      instanceType: "g2-standard-8",
      count: 4,
      spot: 2,
      spread: true,
      gpu: { product: "NVIDIA-L4", count: 1, memoryMib: 23034, gkeAccelerator: "nvidia-l4" },
      createdDaysAgo: 100,
    },
    { pool: "default-pool", instanceType: "n2-standard-16", count: 4, spread: true, createdDaysAgo: 290 },
  ],
};

/** The MIG-partitioned node: one A100 80GB split into two 3g.40gb instances (mixed strategy). */
const MIG_NODE = { pool: "nca100", index: 2 };

function nodeName(cluster: DemoCluster, spec: PoolSpec, index: number): string {
  const hex = stableHex(8, cluster.name, "node", spec.pool, String(index));
  if (cluster.provider === "aws") {
    const octet = (offset: number) => Number.parseInt(hex.slice(offset, offset + 2), 16);
    return `ip-10-42-${octet(0) % 64}-${(octet(2) % 250) + 4}.ec2.internal`;
  }
  if (cluster.provider === "azure") {
    const digits = String(Number.parseInt(hex.slice(0, 6), 16) % 100_000_000).padStart(8, "0");
    return `aks-${spec.pool}-${digits}-vmss${index.toString(36).padStart(6, "0")}`;
  }
  return `gke-${cluster.name}-${spec.pool}-${hex}-${stableHex(4, cluster.name, spec.pool, String(index))}`;
}

function providerId(cluster: DemoCluster, name: string, zone: string, index: number): string {
  if (cluster.provider === "aws") return `aws:///${zone}/i-0${stableHex(16, cluster.name, name)}`;
  if (cluster.provider === "azure") {
    const scaleSet = name.slice(0, name.lastIndexOf("vmss") + 4);
    return `azure:///subscriptions/${cluster.cloudAccount}/resourceGroups/${cluster.resourceGroup?.toLowerCase()}/providers/Microsoft.Compute/virtualMachineScaleSets/${scaleSet}/virtualMachines/${index}`;
  }
  return `gce://${cluster.cloudAccount}/${zone}/${name}`;
}

function providerLabels(cluster: DemoCluster, spec: PoolSpec, spot: boolean): Labels {
  if (cluster.provider === "aws") {
    // GPU training pools are EKS managed node groups; the rest are Karpenter node pools.
    return spec.gpu && spec.gpu.count > 1
      ? {
          "eks.amazonaws.com/nodegroup": spec.pool,
          "eks.amazonaws.com/capacityType": spot ? "SPOT" : "ON_DEMAND",
        }
      : { "karpenter.sh/nodepool": spec.pool, "karpenter.sh/capacity-type": spot ? "spot" : "on-demand" };
  }
  if (cluster.provider === "azure") {
    return {
      "kubernetes.azure.com/agentpool": spec.pool,
      "kubernetes.azure.com/scalesetpriority": spot ? "spot" : "regular",
    };
  }
  const labels: Labels = { "cloud.google.com/gke-nodepool": spec.pool };
  if (spot) labels["cloud.google.com/gke-spot"] = "true";
  if (spec.gpu?.gkeAccelerator) labels["cloud.google.com/gke-accelerator"] = spec.gpu.gkeAccelerator;
  return labels;
}

function gpuLabels(gpu: GpuSpec, mig: boolean): Labels {
  const labels: Labels = {
    "nvidia.com/gpu.present": "true",
    "nvidia.com/gpu.product": gpu.product,
    "nvidia.com/gpu.count": String(gpu.count),
    "nvidia.com/gpu.memory": String(gpu.memoryMib),
  };
  if (mig) {
    labels["nvidia.com/mig.strategy"] = "mixed";
    labels["nvidia.com/mig.config"] = "all-3g.40gb";
    labels["nvidia.com/mig-3g.40gb.count"] = "2";
    labels["nvidia.com/mig-3g.40gb.product"] = `${gpu.product}-MIG-3g.40gb`;
  }
  return labels;
}

export function nodePlans(key: DemoClusterKey, cluster: DemoCluster, clock: DemoClock): NodePlan[] {
  return POOLS[key].flatMap((spec) =>
    Array.from({ length: spec.count }, (_, index): NodePlan => {
      const name = nodeName(cluster, spec, index);
      const zone =
        (spec.spread ? cluster.zones[index % cluster.zones.length] : cluster.zones[0]) ?? cluster.region;
      const spot = index >= spec.count - (spec.spot ?? 0);
      const mig = spec.pool === MIG_NODE.pool && index === MIG_NODE.index;
      const labels: Labels = {
        "kubernetes.io/arch": "amd64",
        "kubernetes.io/os": "linux",
        "kubernetes.io/hostname": name,
        "node.kubernetes.io/instance-type": spec.instanceType,
        "topology.kubernetes.io/region": cluster.region,
        "topology.kubernetes.io/zone": zone,
        ...providerLabels(cluster, spec, spot),
        ...(spec.gpu ? gpuLabels(spec.gpu, mig) : {}),
      };
      return {
        uid: demoUuid(cluster.name, "node", name),
        name,
        instanceType: spec.instanceType,
        pool: spec.pool,
        zone,
        capacityType: spot ? "spot" : "on-demand",
        gpuModel: spec.gpu?.product,
        gpuCount: spec.gpu?.count ?? 0,
        gpuMemoryMib: spec.gpu?.memoryMib,
        providerId: providerId(cluster, name, zone, index),
        labels,
        createdAt: clock.ago(spec.createdDaysAgo - index * 0.5, -7.25),
      };
    }),
  );
}

export function nodeRows(
  cluster: DemoCluster,
  plans: readonly NodePlan[],
  clock: DemoClock,
): Prisma.NodeCreateManyInput[] {
  return plans.map((plan) => ({
    clusterId: cluster.id,
    uid: plan.uid,
    name: plan.name,
    instanceType: plan.instanceType,
    region: cluster.region,
    zone: plan.zone,
    capacityType: plan.capacityType,
    nodePool: plan.pool,
    gpuModel: plan.gpuModel ?? null,
    gpuCount: plan.gpuCount,
    gpuMemoryMib: plan.gpuMemoryMib ?? null,
    providerId: plan.providerId,
    labels: plan.labels,
    ...lifecycle(cluster, clock, plan.createdAt),
  }));
}
