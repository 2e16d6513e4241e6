import type { ScenarioBuilder } from "./demo-scenario-builder";
import { HOUR_MS, MINUTE_MS, SECOND_MS } from "./demo-time";

/**
 * Data-processing churn: Spark applications whose executors get on-demand claims (created and
 * deleted with each run), and preprocessing Jobs that put their scratch space on a premium claim,
 * some of which the pipeline forgot to delete.
 */
export interface SparkSpec {
  namespace: string;
  app: string;
  runs: number;
  executors: number;
  storageClass: string;
  gi: number;
  pool: string;
  /** Runs are spread over this many days before the anchor. */
  windowDays: number;
}

export function sparkRuns(b: ScenarioBuilder, spec: SparkSpec): void {
  const random = b.random.fork(`spark/${spec.namespace}/${spec.app}`);
  for (let run = 0; run < spec.runs; run++) {
    const appId = `${spec.app}-${b.suffix(8, spec.namespace, spec.app, String(run))}`;
    const startedAt = b.ago(Math.round(((run + 0.5) * spec.windowDays) / spec.runs), -random.float(1, 5));
    const finishedAt = b.clock.plus(startedAt, random.float(1.5, 5) * HOUR_MS);
    const driver = `${appId}-driver`;
    const common = {
      namespace: spec.namespace,
      workload: { kind: "SparkApplication", name: spec.app },
      container: "spark-kubernetes-executor",
      labels: { "spark-app-name": spec.app, "spark-app-selector": `spark-${b.suffix(12, appId)}` },
    };
    b.pod({
      ...common,
      name: driver,
      node: b.node(spec.pool, run),
      startedAt,
      finishedAt: b.clock.plus(finishedAt, MINUTE_MS),
      deletedAt: b.clock.plus(finishedAt, 30 * MINUTE_MS),
      owner: { kind: "SparkApplication", name: spec.app },
      container: "spark-kubernetes-driver",
    });
    for (let executor = 1; executor <= spec.executors; executor++) {
      const pod = `${appId}-exec-${executor}`;
      const claimName = `${pod}-pvc-0`;
      const podStart = b.clock.plus(startedAt, (40 + executor * 3) * SECOND_MS);
      const node = b.node(spec.pool, run + executor);
      b.claim({
        namespace: spec.namespace,
        name: claimName,
        storageClass: spec.storageClass,
        gi: spec.gi,
        createdAt: b.clock.plus(podStart, -20 * SECOND_MS),
        deletedAt: b.clock.plus(finishedAt, 20 * SECOND_MS),
        owner: { kind: "Pod", name: pod },
        zone: node.zone,
        labels: { "spark-app-name": spec.app },
        usage: [0.05, random.float(0.3, 0.6)],
      });
      b.pod({
        ...common,
        name: pod,
        node,
        startedAt: podStart,
        finishedAt,
        deletedAt: b.clock.plus(finishedAt, 10 * SECOND_MS),
        owner: { kind: "Pod", name: driver },
        volumes: [{ name: "spark-local-dir-1", type: "persistentVolumeClaim", claimName, role: "scratch" }],
      });
    }
  }
}

export interface PrepJobsSpec {
  namespace: string;
  prefix: string;
  count: number;
  storageClass: string;
  giChoices: readonly number[];
  pool: string;
  windowDays: number;
  /** Every n-th job's scratch claim is never deleted: bound, unmounted, still billed. */
  leakEvery: number;
}

export function prepJobs(b: ScenarioBuilder, spec: PrepJobsSpec): void {
  const random = b.random.fork(`prep/${spec.namespace}/${spec.prefix}`);
  for (let index = 0; index < spec.count; index++) {
    const job = `${spec.prefix}-${b.suffix(5, spec.namespace, spec.prefix, String(index))}`;
    const claimName = `${job}-scratch`;
    const createdAt = b.ago(((index + 0.5) * spec.windowDays) / spec.count, -random.float(0, 20));
    const startedAt = b.clock.plus(createdAt, random.int(20, 90) * SECOND_MS);
    const finishedAt = b.clock.plus(startedAt, random.float(3, 20) * HOUR_MS);
    const leaked = index % spec.leakEvery === 0;
    const node = b.node(spec.pool, index);
    b.claim({
      namespace: spec.namespace,
      name: claimName,
      storageClass: spec.storageClass,
      gi: random.pick(spec.giChoices),
      createdAt,
      deletedAt: leaked ? undefined : b.clock.plus(finishedAt, 2 * MINUTE_MS),
      zone: node.zone,
      labels: { "app.kubernetes.io/component": "preprocess", "job-name": job },
      usage: [0.05, random.float(0.2, 0.5)],
    });
    b.pod({
      namespace: spec.namespace,
      name: `${job}-${b.suffix(5, job)}`,
      node,
      startedAt,
      finishedAt,
      deletedAt: b.clock.plus(finishedAt, HOUR_MS),
      owner: { kind: "Job", name: job },
      container: "preprocess",
      labels: { "batch.kubernetes.io/job-name": job },
      volumes: [{ name: "scratch", type: "persistentVolumeClaim", claimName, role: "scratch" }],
    });
  }
}
