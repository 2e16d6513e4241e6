import { prepJobs } from "./demo-family-batch";
import { inferenceDeployment, trainingJob } from "./demo-gpu-workloads";
import type { ScenarioBuilder } from "./demo-scenario-builder";
import { gkeServices } from "./demo-scenario-gke-services";
import { dailyChain } from "./demo-snapshot-chains";

/**
 * ml-gke-usc1: a fine-tune fed from Hyperdisk Balanced next to a pretraining run starved by Filestore
 * BASIC_HDD, L4 jobs on pd-balanced (starved) and zonal Filestore (fed), pd-ssd holding cold data,
 * a 90-day checkpoint chain that kept growing after its job ended, and a namespace born last month.
 */
export function buildGkeScenario(b: ScenarioBuilder): void {
  const gpuZone = b.cluster.zones[0];

  // LLM pretraining.
  b.claim({
    namespace: "llm-pretrain",
    name: "c4-tokenized-hd",
    storageClass: "hyperdisk-balanced",
    volumeAttributesClass: "hyperdisk-gold",
    gi: 4096,
    createdAt: b.ago(40, 6),
    zone: gpuZone,
    usage: [0.7, 0.74],
  });
  b.claim({
    namespace: "llm-pretrain",
    name: "redpajama-filestore",
    storageClass: "standard-rwx",
    gi: 10240,
    createdAt: b.ago(120, 3),
    usage: [0.6, 0.78],
  });
  const gemmaCheckpoints = b.claim({
    namespace: "llm-pretrain",
    name: "ckpt-gemma-ft",
    storageClass: "premium-rwo",
    gi: 1024,
    createdAt: b.ago(30, 5),
    zone: gpuZone,
    usage: [0.05, 0.55],
  });
  dailyChain(b, {
    volume: gemmaCheckpoints,
    className: "pd-snapshot-class",
    firstDaysAgo: 29,
    hourUtc: 4,
    keep: 7,
    providerReportsSize: true,
  });
  const pretrainCheckpoints = b.claim({
    namespace: "llm-pretrain",
    name: "ckpt-pretrain-1b",
    storageClass: "standard-rwo",
    gi: 2048,
    createdAt: b.ago(100, 2),
    zone: gpuZone,
    usage: [0.1, 0.9],
  });
  dailyChain(b, {
    volume: pretrainCheckpoints,
    className: "pd-snapshot-class",
    firstDaysAgo: 90,
    hourUtc: 4,
  });

  trainingJob(b, {
    namespace: "llm-pretrain",
    name: "gemma-ft",
    kind: "Job",
    pool: "a3-h100",
    pods: 1,
    gpuRequest: "8",
    startedAt: b.ago(7, 12),
    dataset: "c4-tokenized-hd",
    checkpoint: "ckpt-gemma-ft",
    scratchGi: 1000,
  });
  trainingJob(b, {
    namespace: "llm-pretrain",
    name: "llm-pretrain-1b",
    kind: "Job",
    pool: "a2-a100",
    pods: 2,
    gpuRequest: "8",
    startedAt: b.ago(45, 6),
    finishedAt: b.ago(33, 2),
    dataset: "redpajama-filestore",
    checkpoint: "ckpt-pretrain-1b",
  });

  // The 350M run's checkpoints: claim gone 70 days ago, volume Released, snapshots left behind.
  const oldPretrain = b.claim({
    namespace: "llm-pretrain",
    name: "ckpt-pretrain-350m",
    storageClass: "standard-rwo",
    gi: 1024,
    createdAt: b.ago(170, 4),
    deletedAt: b.ago(70, 1),
    retain: true,
    zone: gpuZone,
    usage: [0.3, 0.6],
  });
  b.snapshot({
    volume: oldPretrain,
    name: "ckpt-pretrain-350m-final",
    className: "pd-snapshot-class",
    createdAt: b.ago(71, 3),
  });
  b.snapshot({
    volume: oldPretrain,
    name: "ckpt-pretrain-350m-step-90k",
    className: "pd-snapshot-class-retain",
    createdAt: b.ago(75, 3),
    deletedAt: b.ago(70, 2),
  });
  b.snapshot({
    volume: oldPretrain,
    name: "ckpt-pretrain-350m-step-60k",
    className: "pd-snapshot-class-retain",
    createdAt: b.ago(95, 3),
    deletedAt: b.ago(94, 2),
    snapshotObserved: false,
  });
  prepJobs(b, {
    namespace: "llm-pretrain",
    prefix: "shard-prep",
    count: 10,
    storageClass: "premium-rwo",
    giChoices: [500, 1024],
    pool: "default-pool",
    windowDays: 85,
    leakEvery: 3,
  });

  // Vision: an L4 distillation job reading from pd-balanced.
  b.claim({
    namespace: "vision-train",
    name: "laion-subset-pd",
    storageClass: "standard-rwo",
    gi: 2048,
    createdAt: b.ago(50, 2),
    zone: b.node("g2-l4", 0).zone,
    usage: [0.55, 0.6],
  });
  b.claim({
    namespace: "vision-train",
    name: "ckpt-yolo",
    storageClass: "standard-rwo",
    gi: 256,
    createdAt: b.ago(50, 1),
    zone: b.node("g2-l4", 0).zone,
    usage: [0.02, 0.3],
  });
  trainingJob(b, {
    namespace: "vision-train",
    name: "yolo-distill",
    kind: "Job",
    pool: "g2-l4",
    pods: 1,
    gpuRequest: "1",
    startedAt: b.ago(4, 5),
    dataset: "laion-subset-pd",
    checkpoint: "ckpt-yolo",
  });

  // Experiments: a namespace created 21 days ago; an RLHF sweep on zonal Filestore.
  b.claim({
    namespace: "experiments",
    name: "rlhf-prompts",
    storageClass: "filestore-zonal",
    gi: 2560,
    createdAt: b.ago(19, 4),
    usage: [0.3, 0.4],
  });
  trainingJob(b, {
    namespace: "experiments",
    name: "rlhf-sweep",
    kind: "Job",
    pool: "g2-l4",
    pods: 2,
    gpuRequest: "1",
    startedAt: b.ago(10, 8),
    finishedAt: b.ago(8, 15),
    dataset: "rlhf-prompts",
  });
  b.pendingClaim({
    namespace: "experiments",
    name: "scratch-sweep-7",
    storageClass: "standard-rwo",
    gi: 500,
    createdAt: b.ago(2, 7),
  });

  // Serving: Gemma on L4s, weights on a BASIC_SSD Filestore share (2.5 TiB minimum).
  b.claim({
    namespace: "llm-inference",
    name: "model-store",
    storageClass: "filestore-basic-ssd",
    gi: 2560,
    createdAt: b.ago(200, 4),
    usage: [0.2, 0.3],
  });
  inferenceDeployment(b, {
    namespace: "llm-inference",
    name: "gemma-serve",
    pool: "g2-l4",
    nodeOffset: 2,
    replicas: 2,
    gpuRequest: "1",
    rolloutAt: b.ago(22, 13),
    modelStore: "model-store",
  });

  gkeServices(b);
}
