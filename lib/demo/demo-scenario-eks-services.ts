import { sparkRuns } from "./demo-family-batch";
import { serviceDeployment } from "./demo-family-deployments";
import { notebookHomes } from "./demo-family-notebooks";
import { statefulSet } from "./demo-family-statefulsets";
import type { ScenarioBuilder } from "./demo-scenario-builder";

/** prod-eks-use1's stateful services, notebooks and batch pipelines. */
export function eksServices(b: ScenarioBuilder): void {
  notebookHomes(b, {
    namespace: "llm-notebooks",
    users: [
      "asha",
      "ben",
      "chen",
      "dario",
      "eva",
      "farid",
      "greta",
      "hiro",
      "ines",
      "jonas",
      "kemi",
      "lars",
      "mei",
      "nils",
      "olga",
      "priya",
      "quinn",
      "rafael",
    ],
    legacyClass: "gp2",
    currentClass: "gp3",
    switchedDaysAgo: 300,
    pool: "batch",
  });

  // Data pipelines: Kafka, nightly Spark with on-demand claims, an EFS landing zone, an 8 TiB staging disk mostly empty.
  statefulSet(b, {
    namespace: "data-pipelines",
    name: "kafka",
    replicas: 3,
    storageClass: "gp3",
    gi: 1024,
    createdDaysAgo: 280,
    rolloutDaysAgo: 26,
    pool: "system",
    usage: [0.5, 0.68],
  });
  sparkRuns(b, {
    namespace: "data-pipelines",
    app: "clickstream-sessionize",
    runs: 18,
    executors: 4,
    storageClass: "gp3",
    gi: 200,
    pool: "batch",
    windowDays: 88,
  });
  b.claim({
    namespace: "data-pipelines",
    name: "raw-ingest-efs",
    storageClass: "efs-sc",
    gi: 1024,
    createdAt: b.ago(310, 2),
    usage: [3.1, 3.9],
  });
  b.claim({
    namespace: "data-pipelines",
    name: "staging-area",
    storageClass: "gp3",
    gi: 8192,
    createdAt: b.ago(140, 5),
    zone: b.node("system", 1).zone,
    usage: [0.1, 0.14],
  });
  serviceDeployment(b, {
    namespace: "data-pipelines",
    name: "ingest-gateway",
    pool: "system",
    nodeIndex: 1,
    rolloutDaysAgo: 30,
    sinceDaysAgo: 95,
    claims: [
      { claimName: "raw-ingest-efs", role: "dataset" },
      { claimName: "staging-area", role: "scratch" },
    ],
  });

  // Recsys features: an io2 database with 32k provisioned IOPS that does a few hundred.
  statefulSet(b, {
    namespace: "recsys-features",
    name: "feature-db",
    replicas: 1,
    storageClass: "io2",
    gi: 2048,
    createdDaysAgo: 250,
    rolloutDaysAgo: 40,
    pool: "system",
    usage: [0.35, 0.42],
    volumeAttributesClass: "io2-gold",
    measuredIops: { read: 420, write: 310 },
    container: "postgres",
  });
  statefulSet(b, {
    namespace: "recsys-features",
    name: "redis",
    replicas: 3,
    storageClass: "gp3",
    gi: 200,
    createdDaysAgo: 180,
    rolloutDaysAgo: 12,
    pool: "system",
    usage: [0.4, 0.55],
  });
  b.claim({
    namespace: "recsys-features",
    name: "embeddings-cache",
    storageClass: "gp3-fast",
    gi: 4096,
    createdAt: b.ago(100, 8),
    zone: b.node("system", 2).zone,
    usage: [0.08, 0.13],
  });
  serviceDeployment(b, {
    namespace: "recsys-features",
    name: "embeddings-server",
    pool: "system",
    nodeIndex: 2,
    rolloutDaysAgo: 18,
    sinceDaysAgo: 99,
    claims: [{ claimName: "embeddings-cache", role: "dataset" }],
  });
  // Team services with state: experiment tracking, a vector store, Airflow's database, a labelling tool.
  statefulSet(b, {
    namespace: "llm-train",
    name: "mlflow-postgresql",
    replicas: 1,
    storageClass: "gp3",
    gi: 200,
    createdDaysAgo: 260,
    rolloutDaysAgo: 21,
    pool: "system",
    usage: [0.2, 0.34],
    container: "postgresql",
  });
  statefulSet(b, {
    namespace: "recsys-features",
    name: "qdrant",
    template: "qdrant-storage",
    replicas: 3,
    storageClass: "gp3-fast",
    gi: 1024,
    createdDaysAgo: 150,
    rolloutDaysAgo: 15,
    pool: "system",
    usage: [0.3, 0.5],
  });
  statefulSet(b, {
    namespace: "data-pipelines",
    name: "airflow-postgresql",
    replicas: 1,
    storageClass: "gp2",
    gi: 100,
    createdDaysAgo: 320,
    rolloutDaysAgo: 45,
    pool: "system",
    usage: [0.3, 0.45],
    container: "postgresql",
  });
  b.claim({
    namespace: "vision-train",
    name: "coco-2017",
    storageClass: "gp3",
    gi: 500,
    createdAt: b.ago(180, 2),
    zone: b.node("system", 0).zone,
    usage: [0.05, 0.06],
  });
  serviceDeployment(b, {
    namespace: "vision-train",
    name: "label-studio",
    pool: "system",
    rolloutDaysAgo: 10,
    sinceDaysAgo: 93,
    claims: [{ claimName: "coco-2017", role: "dataset", readOnly: true }],
  });

  // Platform services: nobody's team (unallocated).
  statefulSet(b, {
    namespace: "platform",
    name: "logs-es-default",
    template: "elasticsearch-data",
    replicas: 3,
    storageClass: "gp3",
    gi: 1024,
    createdDaysAgo: 240,
    rolloutDaysAgo: 5,
    pool: "system",
    usage: [0.4, 0.62],
    container: "elasticsearch",
  });
  statefulSet(b, {
    namespace: "platform",
    name: "prometheus-k8s",
    template: "prometheus-k8s-db",
    replicas: 2,
    storageClass: "gp3",
    gi: 500,
    createdDaysAgo: 290,
    rolloutDaysAgo: 8,
    pool: "system",
    usage: [0.55, 0.72],
    container: "prometheus",
  });
  statefulSet(b, {
    namespace: "platform",
    name: "loki",
    template: "storage",
    replicas: 1,
    storageClass: "gp2",
    gi: 300,
    createdDaysAgo: 500,
    rolloutDaysAgo: 33,
    pool: "system",
    usage: [0.12, 0.2],
  });
}
