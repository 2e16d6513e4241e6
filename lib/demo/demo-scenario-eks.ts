import { prepJobs } from "./demo-family-batch";
import { serviceDeployment } from "./demo-family-deployments";
import { inferenceDeployment, trainingJob } from "./demo-gpu-workloads";
import type { ScenarioBuilder } from "./demo-scenario-builder";
import { eksServices } from "./demo-scenario-eks-services";
import { eksWaste } from "./demo-scenario-eks-waste";
import { dailyChain } from "./demo-snapshot-chains";

/**
 * prod-eks-use1: LLM training on H100/A100 with an FSx for Lustre dataset (well fed) next to vision
 * training reading from EFS (starved), a 90-day checkpoint chain nobody prunes, gp2 leftovers, an
 * io2 database using a sliver of its IOPS, and volumes kept by Retain after their claims went.
 */
export function buildEksScenario(b: ScenarioBuilder): void {
  const gpuZone = b.cluster.zones[0];

  // LLM training: datasets, checkpoints, jobs.
  b.claim({
    namespace: "llm-train",
    name: "pile-dedup-fsx",
    storageClass: "fsx-lustre",
    gi: 9600,
    createdAt: b.ago(130, 4),
    zone: gpuZone,
    usage: [0.55, 0.83],
  });
  // EFS bills stored bytes: this 1Ti claim holds about 1.6 TiB.
  b.claim({
    namespace: "llm-train",
    name: "ultrachat-efs",
    storageClass: "efs-sc",
    gi: 1024,
    createdAt: b.ago(70, 10),
    usage: [1.1, 1.6],
  });
  const llamaCheckpoints = b.claim({
    namespace: "llm-train",
    name: "ckpt-llama3-70b",
    storageClass: "gp3-fast",
    gi: 2048,
    createdAt: b.ago(110, 6),
    zone: gpuZone,
    usage: [0.2, 0.85],
  });
  dailyChain(b, { volume: llamaCheckpoints, className: "ebs-csi-snapclass", firstDaysAgo: 90, hourUtc: 2 });
  b.claim({
    namespace: "llm-train",
    name: "ckpt-llama3-8b",
    storageClass: "gp3",
    gi: 1024,
    createdAt: b.ago(21, 3),
    zone: gpuZone,
    usage: [0.05, 0.45],
  });
  b.claim({
    namespace: "llm-train",
    name: "ckpt-mistral-7b-dpo",
    storageClass: "gp3",
    gi: 1024,
    createdAt: b.ago(42, 1),
    zone: gpuZone,
    usage: [0.05, 0.62],
  });

  trainingJob(b, {
    namespace: "llm-train",
    name: "llama3-70b-sft",
    kind: "PyTorchJob",
    pool: "gpu-h100",
    pods: 2,
    gpuRequest: "8",
    startedAt: b.ago(6, 8),
    dataset: "pile-dedup-fsx",
    checkpoint: "ckpt-llama3-70b",
    scratchGi: 1500,
  });
  trainingJob(b, {
    namespace: "llm-train",
    name: "llama3-8b-pretrain",
    kind: "PyTorchJob",
    pool: "gpu-h100",
    pods: 2,
    gpuRequest: "8",
    startedAt: b.ago(20, 5),
    finishedAt: b.ago(9, 14),
    dataset: "pile-dedup-fsx",
    checkpoint: "ckpt-llama3-8b",
    scratchGi: 1500,
  });
  trainingJob(b, {
    namespace: "llm-train",
    name: "mistral-7b-dpo",
    kind: "PyTorchJob",
    pool: "gpu-a100",
    nodeOffset: 1,
    pods: 2,
    gpuRequest: "8",
    startedAt: b.ago(41, 2),
    finishedAt: b.ago(34, 18),
    dataset: "ultrachat-efs",
    checkpoint: "ckpt-mistral-7b-dpo",
  });

  // A fine-tune whose claim was deleted 63 days ago; the volume was patched to Retain and is still billed.
  const oldCheckpoints = b.claim({
    namespace: "llm-train",
    name: "ckpt-llama2-13b-ft",
    storageClass: "gp3",
    gi: 2048,
    createdAt: b.ago(150, 2),
    deletedAt: b.ago(63, 5),
    retain: true,
    zone: gpuZone,
    usage: [0.3, 0.7],
  });
  b.snapshot({
    volume: oldCheckpoints,
    name: "ckpt-llama2-13b-ft-epoch3",
    className: "ebs-csi-snapclass",
    createdAt: b.ago(80, 3),
  });
  b.snapshot({
    volume: oldCheckpoints,
    name: "ckpt-llama2-13b-ft-final",
    className: "ebs-csi-snapclass",
    createdAt: b.ago(64, 3),
  });
  prepJobs(b, {
    namespace: "llm-train",
    prefix: "tokenize",
    count: 12,
    storageClass: "gp3-fast",
    giChoices: [500, 1024, 2048],
    pool: "batch",
    windowDays: 84,
    leakEvery: 4,
  });

  // Vision: an ImageNet-21k dataset on EFS starves an 8xA100 job, which re-reads it every epoch
  // (Elastic throughput bills each read: demo-data-access.ts); checkpoints kept 7 days.
  b.claim({
    namespace: "vision-train",
    name: "imagenet-21k-efs",
    storageClass: "efs-datasets",
    gi: 1024,
    createdAt: b.ago(200, 3),
    usage: [2.2, 2.5],
  });
  const vitCheckpoints = b.claim({
    namespace: "vision-train",
    name: "ckpt-vit-h",
    storageClass: "gp3",
    gi: 1024,
    createdAt: b.ago(60, 3),
    zone: gpuZone,
    usage: [0.05, 0.6],
  });
  dailyChain(b, {
    volume: vitCheckpoints,
    className: "ebs-csi-snapclass",
    firstDaysAgo: 59,
    hourUtc: 3,
    keep: 7,
  });
  trainingJob(b, {
    namespace: "vision-train",
    name: "vit-h-pretrain",
    kind: "Job",
    pool: "gpu-a100",
    pods: 2,
    gpuRequest: "8",
    startedAt: b.ago(9, 10),
    dataset: "imagenet-21k-efs",
    checkpoint: "ckpt-vit-h",
    scratchGi: 2000,
  });
  trainingJob(b, {
    namespace: "vision-train",
    name: "detr-finetune",
    kind: "Job",
    pool: "inference-g5",
    nodeOffset: 2,
    pods: 1,
    gpuRequest: "1",
    startedAt: b.ago(15, 9),
    finishedAt: b.ago(12, 20),
    dataset: "imagenet-21k-efs",
  });
  // Restored from a snapshot for an experiment, bound, then forgotten.
  const laion = b.staticVolume({
    name: "restore-laion-aesthetics",
    storageClass: "gp3",
    gi: 1024,
    createdAt: b.ago(60, 4),
    zone: gpuZone,
    annotations: { "kubernetes.io/created-by": "manual" },
  });
  b.bindStatic(laion, "vision-train", "laion-aesthetics-restore", b.ago(55, 1), [0.42, 0.42]);

  // An evaluation corpus in a bucket, mounted with Mountpoint for S3: the harness's reads are requests.
  const evalCorpus = b.staticVolume({
    name: "eval-corpus-s3",
    storageClass: "s3-mountpoint",
    gi: 1024,
    createdAt: b.ago(45, 6),
    reclaimPolicy: "Retain",
  });
  b.bindStatic(evalCorpus, "vision-train", "eval-corpus", b.ago(45, 5), [0, 0]);
  serviceDeployment(b, {
    namespace: "vision-train",
    name: "eval-harness",
    pool: "system",
    rolloutDaysAgo: 10,
    sinceDaysAgo: 44,
    claims: [{ claimName: "eval-corpus", role: "dataset", readOnly: true }],
  });

  // Serving: a shared EFS model store for the LLM gateway on A10G nodes.
  b.claim({
    namespace: "llm-serving",
    name: "model-store-efs",
    storageClass: "efs-sc",
    gi: 1024,
    createdAt: b.ago(160, 4),
    accessModes: ["ReadWriteMany"],
    usage: [0.35, 0.55],
  });
  inferenceDeployment(b, {
    namespace: "llm-serving",
    name: "llm-gateway",
    pool: "inference-g5",
    replicas: 2,
    gpuRequest: "1",
    rolloutAt: b.ago(18, 15),
    modelStore: "model-store-efs",
  });

  eksWaste(b);
  eksServices(b);
}
