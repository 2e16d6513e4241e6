import type { GpuProfile, Labels, PodPlan, PodVolumePlan } from "./demo-plan-types";
import type { ScenarioBuilder } from "./demo-scenario-builder";
import { HOUR_MS, MINUTE_MS, SECOND_MS } from "./demo-time";

/**
 * GPU workloads: distributed training jobs that read a dataset volume and write checkpoints, and
 * inference Deployments. A job's GPU profile follows its dataset's tier: a slow tier starves it.
 */
export interface TrainingJobSpec {
  namespace: string;
  name: string;
  /** PyTorchJob (Kubeflow training-operator: master-0, worker-N) or an indexed batch Job. */
  kind: "PyTorchJob" | "Job";
  pool: string;
  /** First node of the pool the job's pods land on. */
  nodeOffset?: number;
  pods: number;
  gpuRequest: string;
  gpuResource?: string;
  startedAt: Date;
  /** Undefined while the job runs. */
  finishedAt?: Date;
  /** Claim names in the job's namespace. */
  dataset: string;
  checkpoint?: string;
  /** An emptyDir on the node's local NVMe for shuffles and caches. */
  scratchGi?: number;
  /** A generic ephemeral volume per pod instead (`<pod>-scratch`), on this class. */
  ephemeralScratch?: { storageClass: string; gi: number };
  labels?: Labels;
}

function podNames(spec: TrainingJobSpec, b: ScenarioBuilder): string[] {
  return Array.from({ length: spec.pods }, (_, index) =>
    spec.kind === "PyTorchJob"
      ? index === 0
        ? `${spec.name}-master-0`
        : `${spec.name}-worker-${index - 1}`
      : `${spec.name}-${index}-${b.suffix(5, spec.namespace, spec.name, String(index))}`,
  );
}

export function trainingJob(b: ScenarioBuilder, spec: TrainingJobSpec): PodPlan[] {
  const dataset = b.volumeOf(spec.namespace, spec.dataset);
  const profile: GpuProfile = dataset.storageClass.speed === "slow" ? "starved" : "fed";
  return podNames(spec, b).map((name, index) => {
    const startedAt = b.clock.plus(spec.startedAt, index * 20 * SECOND_MS);
    // Finished pods end a few minutes apart and are cleaned up an hour later (ttlSecondsAfterFinished).
    const finishedAt = spec.finishedAt ? b.clock.plus(spec.finishedAt, index * 3 * MINUTE_MS) : undefined;
    const deletedAt = finishedAt ? b.clock.clamp(b.clock.plus(finishedAt, HOUR_MS)) : undefined;
    const volumes: PodVolumePlan[] = [
      {
        name: "dataset",
        type: "persistentVolumeClaim",
        claimName: spec.dataset,
        readOnly: true,
        role: "dataset",
      },
    ];
    if (spec.checkpoint) {
      volumes.push({
        name: "checkpoints",
        type: "persistentVolumeClaim",
        claimName: spec.checkpoint,
        role: "checkpoint",
      });
    }
    if (spec.scratchGi)
      volumes.push({ name: "scratch", type: "emptyDir", sizeLimitGi: spec.scratchGi, role: "scratch" });
    if (spec.ephemeralScratch) {
      b.claim({
        namespace: spec.namespace,
        name: `${name}-scratch`,
        storageClass: spec.ephemeralScratch.storageClass,
        gi: spec.ephemeralScratch.gi,
        createdAt: b.clock.plus(startedAt, -40 * SECOND_MS),
        deletedAt: deletedAt ? b.clock.clamp(b.clock.plus(deletedAt, 5 * SECOND_MS)) : undefined,
        zone: b.node(spec.pool, (spec.nodeOffset ?? 0) + index).zone,
        owner: { kind: "Pod", name },
        usage: [0.2, 0.55],
      });
      volumes.push({ name: "scratch", type: "ephemeral", claimName: `${name}-scratch`, role: "scratch" });
    }
    volumes.push({ name: "dshm", type: "emptyDir", role: "other" });
    const role = spec.kind === "PyTorchJob" ? (index === 0 ? "master" : "worker") : String(index);
    return b.pod({
      namespace: spec.namespace,
      name,
      node: b.node(spec.pool, (spec.nodeOffset ?? 0) + index),
      startedAt,
      finishedAt,
      deletedAt,
      owner: { kind: spec.kind, name: spec.name },
      gpu: { request: spec.gpuRequest, resource: spec.gpuResource, profile },
      container: spec.kind === "PyTorchJob" ? "pytorch" : "trainer",
      labels: {
        ...(spec.kind === "PyTorchJob"
          ? { "training.kubeflow.org/job-name": spec.name, "training.kubeflow.org/replica-type": role }
          : { "batch.kubernetes.io/job-name": spec.name, "batch.kubernetes.io/job-completion-index": role }),
        ...spec.labels,
      },
      volumes,
    });
  });
}

export interface InferenceSpec {
  namespace: string;
  name: string;
  pool: string;
  nodeOffset?: number;
  replicas: number;
  gpuRequest: string;
  /** The current ReplicaSet's rollout; the previous one ran from previousRolloutAt until then. */
  rolloutAt: Date;
  previousRolloutAt?: Date;
  modelStore: string;
}

export function inferenceDeployment(b: ScenarioBuilder, spec: InferenceSpec): PodPlan[] {
  const rollouts = [
    ...(spec.previousRolloutAt
      ? [{ at: spec.previousRolloutAt, until: spec.rolloutAt, tag: "previous" }]
      : []),
    { at: spec.rolloutAt, until: undefined, tag: "current" },
  ];
  return rollouts.flatMap((rollout) => {
    const replicaSet = `${spec.name}-${b.suffix(10, spec.namespace, spec.name, rollout.tag)}`;
    return Array.from({ length: spec.replicas }, (_, index) => {
      const name = `${replicaSet}-${b.suffix(5, replicaSet, String(index))}`;
      const endedAt = rollout.until ? b.clock.plus(rollout.until, (index + 1) * 2 * MINUTE_MS) : undefined;
      return b.pod({
        namespace: spec.namespace,
        name,
        node: b.node(spec.pool, (spec.nodeOffset ?? 0) + index),
        startedAt: b.clock.plus(rollout.at, index * 45 * SECOND_MS),
        finishedAt: endedAt,
        deletedAt: endedAt,
        owner: { kind: "ReplicaSet", name: replicaSet },
        workload: { kind: "Deployment", name: spec.name },
        gpu: { request: spec.gpuRequest, profile: "serving" },
        container: "server",
        labels: { app: spec.name, "pod-template-hash": replicaSet.slice(spec.name.length + 1) },
        volumes: [
          {
            name: "model-store",
            type: "persistentVolumeClaim",
            claimName: spec.modelStore,
            readOnly: true,
            role: "dataset",
          },
          { name: "cache", type: "emptyDir", sizeLimitGi: 50, role: "scratch" },
        ],
      });
    });
  });
}
