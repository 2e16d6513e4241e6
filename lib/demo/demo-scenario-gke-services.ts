import { sparkRuns } from "./demo-family-batch";
import { serviceDeployment } from "./demo-family-deployments";
import { notebookHomes } from "./demo-family-notebooks";
import { statefulSet } from "./demo-family-statefulsets";
import type { ScenarioBuilder } from "./demo-scenario-builder";

/** ml-gke-usc1's data prep, research services, notebooks and leftovers. */
export function gkeServices(b: ScenarioBuilder): void {
  const gpuZone = b.cluster.zones[0];
  // Data prep: a shared BASIC_SSD scratch share and Spark dedup runs.
  b.claim({
    namespace: "data-prep",
    name: "shared-scratch",
    storageClass: "filestore-basic-ssd",
    gi: 2560,
    createdAt: b.ago(180, 6),
    usage: [0.3, 0.5],
  });
  serviceDeployment(b, {
    namespace: "data-prep",
    name: "tfrecord-writer",
    pool: "default-pool",
    rolloutDaysAgo: 27,
    sinceDaysAgo: 92,
    claims: [{ claimName: "shared-scratch", role: "scratch" }],
  });
  sparkRuns(b, {
    namespace: "data-prep",
    app: "dedup-shards",
    runs: 16,
    executors: 4,
    storageClass: "standard-rwo",
    gi: 256,
    pool: "default-pool",
    windowDays: 84,
  });
  b.claim({
    namespace: "data-prep",
    name: "old-tfrecords",
    storageClass: "standard-rwo",
    gi: 1500,
    createdAt: b.ago(140, 3),
    deletedAt: b.ago(41, 6),
    retain: true,
    usage: [0.5, 0.6],
  });

  // Recsys research: pd-ssd holding rarely-read feature snapshots, and notebooks.
  statefulSet(b, {
    namespace: "recsys-research",
    name: "feature-explorer",
    replicas: 2,
    storageClass: "premium-rwo",
    gi: 1024,
    createdDaysAgo: 170,
    rolloutDaysAgo: 14,
    pool: "default-pool",
    usage: [0.1, 0.18],
  });
  notebookHomes(b, {
    namespace: "recsys-research",
    users: [
      "anna",
      "boris",
      "chloe",
      "deepak",
      "elif",
      "finn",
      "gwen",
      "hamid",
      "iris",
      "jomo",
      "kira",
      "leo",
      "maya",
      "nico",
    ],
    legacyClass: "premium-rwo",
    currentClass: "standard-rwo",
    switchedDaysAgo: 120,
    pool: "default-pool",
  });

  // Pre-provisioned pd-ssd from a dataset migration, never claimed; and a fresh restore.
  b.staticVolume({
    name: "pd-legacy-dataset",
    storageClass: "premium-rwo",
    gi: 1500,
    createdAt: b.ago(85, 5),
    zone: gpuZone,
  });
  b.staticVolume({
    name: "pd-eval-restore",
    storageClass: "premium-rwo",
    gi: 500,
    createdAt: b.ago(6, 9),
    zone: gpuZone,
  });

  // A vector store on pd-ssd for retrieval, and the data team's label database.
  statefulSet(b, {
    namespace: "llm-inference",
    name: "qdrant",
    template: "qdrant-storage",
    replicas: 3,
    storageClass: "premium-rwo",
    gi: 500,
    createdDaysAgo: 150,
    rolloutDaysAgo: 17,
    pool: "default-pool",
    usage: [0.3, 0.45],
  });
  statefulSet(b, {
    namespace: "data-prep",
    name: "label-db",
    replicas: 1,
    storageClass: "standard-rwo",
    gi: 256,
    createdDaysAgo: 230,
    rolloutDaysAgo: 40,
    pool: "default-pool",
    usage: [0.2, 0.3],
    container: "postgresql",
  });

  statefulSet(b, {
    namespace: "platform",
    name: "loki",
    template: "storage",
    replicas: 1,
    storageClass: "standard-rwo",
    gi: 500,
    createdDaysAgo: 270,
    rolloutDaysAgo: 20,
    pool: "default-pool",
    usage: [0.2, 0.35],
  });
  statefulSet(b, {
    namespace: "platform",
    name: "prometheus-k8s",
    template: "prometheus-k8s-db",
    replicas: 2,
    storageClass: "standard-rwo",
    gi: 500,
    createdDaysAgo: 280,
    rolloutDaysAgo: 11,
    pool: "default-pool",
    usage: [0.5, 0.68],
    container: "prometheus",
  });
}
