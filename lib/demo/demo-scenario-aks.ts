import { prepJobs } from "./demo-family-batch";
import { statefulSet } from "./demo-family-statefulsets";
import { inferenceDeployment, trainingJob } from "./demo-gpu-workloads";
import { aksServices } from "./demo-scenario-aks-services";
import type { ScenarioBuilder } from "./demo-scenario-builder";
import { dailyChain } from "./demo-snapshot-chains";

/**
 * prod-aks-eastus: recommender training reading Criteo from Azure Files Standard (starved) and from
 * Premium SSD v2 (fed), a MIG slice for evaluation, Premium SSD disks just past a size tier (one of
 * them resized there mid-history), and snapshot contents kept by a Retain class.
 */
export function buildAksScenario(b: ScenarioBuilder): void {
  const gpuZone = b.cluster.zones[0];

  // Recsys training.
  b.claim({
    namespace: "recsys-train",
    name: "criteo-1tb-files",
    storageClass: "azurefile-csi",
    gi: 5120,
    createdAt: b.ago(160, 5),
    usage: [0.5, 0.68],
  });
  b.claim({
    namespace: "recsys-train",
    name: "criteo-1tb-premv2",
    storageClass: "premium-v2",
    gi: 4096,
    createdAt: b.ago(40, 9),
    zone: gpuZone,
    usage: [0.62, 0.66],
  });
  const dlrmCheckpoints = b.claim({
    namespace: "recsys-train",
    name: "ckpt-dlrm-v3",
    storageClass: "managed-csi-premium",
    gi: 1024,
    createdAt: b.ago(120, 6),
    zone: gpuZone,
    usage: [0.15, 0.8],
  });
  dailyChain(b, { volume: dlrmCheckpoints, className: "csi-azuredisk-vsc", firstDaysAgo: 90, hourUtc: 1 });
  // 600 GiB on Premium SSD bills as a 1 TiB P30.
  const twoTowerCheckpoints = b.claim({
    namespace: "recsys-train",
    name: "ckpt-two-tower",
    storageClass: "managed-csi-premium",
    gi: 600,
    createdAt: b.ago(40, 2),
    zone: gpuZone,
    usage: [0.05, 0.5],
  });
  dailyChain(b, {
    volume: twoTowerCheckpoints,
    className: "csi-azuredisk-vsc",
    firstDaysAgo: 39,
    hourUtc: 1,
    keep: 7,
  });

  trainingJob(b, {
    namespace: "recsys-train",
    name: "dlrm-v3",
    kind: "PyTorchJob",
    pool: "ndv4",
    pods: 2,
    gpuRequest: "8",
    startedAt: b.ago(12, 7),
    dataset: "criteo-1tb-files",
    checkpoint: "ckpt-dlrm-v3",
    ephemeralScratch: { storageClass: "local-nvme", gi: 1024 },
  });
  trainingJob(b, {
    namespace: "recsys-train",
    name: "two-tower-retrain",
    kind: "Job",
    pool: "ndv4",
    nodeOffset: 2,
    pods: 1,
    gpuRequest: "8",
    startedAt: b.ago(25, 3),
    finishedAt: b.ago(21, 11),
    dataset: "criteo-1tb-premv2",
    checkpoint: "ckpt-two-tower",
  });

  // DLRM v2's checkpoints: claim deleted 52 days ago, volume kept by Retain, final snapshot orphaned.
  const dlrmV2 = b.claim({
    namespace: "recsys-train",
    name: "ckpt-dlrm-v2",
    storageClass: "managed-csi-premium",
    gi: 1024,
    createdAt: b.ago(200, 4),
    deletedAt: b.ago(52, 8),
    retain: true,
    zone: gpuZone,
    usage: [0.4, 0.75],
  });
  b.snapshot({
    volume: dlrmV2,
    name: "ckpt-dlrm-v2-final",
    className: "csi-azuredisk-vsc",
    createdAt: b.ago(53, 4),
  });
  // DLRM v1's volume was Released too, and finally cleaned up 30 days ago.
  b.claim({
    namespace: "recsys-train",
    name: "ckpt-dlrm-v1",
    storageClass: "managed-csi-premium",
    gi: 1024,
    createdAt: b.ago(260, 4),
    deletedAt: b.ago(85, 3),
    retain: true,
    releasedVolumeDeletedAt: b.ago(30, 6),
    zone: gpuZone,
    usage: [0.5, 0.7],
  });
  prepJobs(b, {
    namespace: "recsys-train",
    prefix: "feature-prep",
    count: 12,
    storageClass: "managed-csi-premium",
    giChoices: [256, 512, 1024],
    pool: "cpu",
    windowDays: 80,
    leakEvery: 4,
  });

  // Vision evaluation on half an A100 (a MIG 3g.40gb slice).
  b.claim({
    namespace: "vision-eval",
    name: "sam-eval-data",
    storageClass: "azurefile-csi-premium",
    gi: 2048,
    createdAt: b.ago(30, 6),
    usage: [0.4, 0.5],
  });
  trainingJob(b, {
    namespace: "vision-eval",
    name: "sam-eval",
    kind: "Job",
    pool: "nca100",
    nodeOffset: 2,
    pods: 1,
    gpuRequest: "0.5",
    gpuResource: "nvidia.com/mig-3g.40gb",
    startedAt: b.ago(3, 4),
    dataset: "sam-eval-data",
  });

  // Serving: ranker replicas on A100 80GB nodes; feature caches on 600 GiB Premium SSD (P30 for 600).
  b.claim({
    namespace: "recsys-serving",
    name: "ranker-models",
    storageClass: "azurefile-csi-premium",
    gi: 1024,
    createdAt: b.ago(300, 5),
    usage: [0.3, 0.45],
  });
  inferenceDeployment(b, {
    namespace: "recsys-serving",
    name: "ranker",
    pool: "nca100",
    replicas: 2,
    gpuRequest: "1",
    rolloutAt: b.ago(16, 10),
    modelStore: "ranker-models",
  });
  statefulSet(b, {
    namespace: "recsys-serving",
    name: "feature-cache",
    replicas: 3,
    storageClass: "managed-csi-premium",
    gi: 600,
    createdDaysAgo: 140,
    rolloutDaysAgo: 22,
    pool: "cpu",
    usage: [0.3, 0.45],
  });

  aksServices(b);
}
