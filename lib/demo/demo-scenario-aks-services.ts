import { sparkRuns } from "./demo-family-batch";
import { serviceDeployment } from "./demo-family-deployments";
import { notebookHomes } from "./demo-family-notebooks";
import { statefulSet } from "./demo-family-statefulsets";
import type { ScenarioBuilder } from "./demo-scenario-builder";

/** prod-aks-eastus's data lake, serving caches, notebooks and platform services. */
export function aksServices(b: ScenarioBuilder): void {
  const gpuZone = b.cluster.zones[0];
  // Data lake: Kafka, nightly compaction, and a Premium disk expanded from 500 GiB (P20) to 600 GiB (P30).
  statefulSet(b, {
    namespace: "data-lake",
    name: "kafka",
    replicas: 3,
    storageClass: "managed-csi-premium",
    gi: 1024,
    createdDaysAgo: 370,
    rolloutDaysAgo: 19,
    pool: "cpu",
    usage: [0.45, 0.7],
  });
  statefulSet(b, {
    namespace: "data-lake",
    name: "zookeeper",
    replicas: 3,
    storageClass: "managed-csi",
    gi: 100,
    createdDaysAgo: 370,
    rolloutDaysAgo: 19,
    pool: "system",
    usage: [0.05, 0.08],
  });
  sparkRuns(b, {
    namespace: "data-lake",
    app: "nightly-compaction",
    runs: 20,
    executors: 4,
    storageClass: "managed-csi",
    gi: 256,
    pool: "cpu",
    windowDays: 86,
  });
  b.claim({
    namespace: "data-lake",
    name: "delta-cache",
    storageClass: "managed-csi-premium",
    gi: 500,
    createdAt: b.ago(150, 5),
    resizes: [{ at: b.ago(37, 11), gi: 600 }],
    zone: b.node("cpu", 1).zone,
    usage: [0.6, 0.78],
  });
  serviceDeployment(b, {
    namespace: "data-lake",
    name: "delta-cache-server",
    pool: "cpu",
    nodeIndex: 1,
    rolloutDaysAgo: 37,
    sinceDaysAgo: 96,
    claims: [{ claimName: "delta-cache", role: "dataset" }],
  });
  b.claim({
    namespace: "data-lake",
    name: "staging-old",
    storageClass: "managed-csi",
    gi: 2048,
    createdAt: b.ago(220, 2),
    deletedAt: b.ago(45, 9),
    retain: true,
    usage: [0.2, 0.3],
  });
  const kafka0 = b.volumeOf("data-lake", "data-kafka-0");
  // Pre-upgrade snapshots through the Retain class: snapshots deleted, contents still billed.
  b.snapshot({
    volume: kafka0,
    name: "kafka-0-pre-upgrade-3-7",
    className: "csi-azuredisk-vsc-retain",
    createdAt: b.ago(70, 22),
    deletedAt: b.ago(40, 5),
  });
  b.snapshot({
    volume: b.volumeOf("data-lake", "data-kafka-1"),
    name: "kafka-1-pre-upgrade-3-7",
    className: "csi-azuredisk-vsc-retain",
    createdAt: b.ago(70, 22),
    deletedAt: b.ago(40, 5),
  });
  b.snapshot({
    volume: kafka0,
    name: "kafka-0-pre-upgrade-3-6",
    className: "csi-azuredisk-vsc-retain",
    createdAt: b.ago(150, 22),
    deletedAt: b.ago(120, 1),
    snapshotObserved: false,
  });

  // A Premium disk an admin pre-provisioned for an archive restore, never claimed.
  b.staticVolume({
    name: "recsys-archive-2024",
    storageClass: "managed-csi-premium",
    gi: 2048,
    createdAt: b.ago(70, 3),
    zone: gpuZone,
    annotations: { "kubernetes.io/created-by": "manual" },
  });

  notebookHomes(b, {
    namespace: "research-notebooks",
    users: [
      "amir",
      "bea",
      "carlos",
      "dana",
      "erik",
      "fatima",
      "gus",
      "helen",
      "ivan",
      "jana",
      "kofi",
      "lena",
      "milo",
      "nora",
    ],
    legacyClass: "managed-csi-premium",
    currentClass: "managed-csi",
    switchedDaysAgo: 90,
    pool: "cpu",
  });

  statefulSet(b, {
    namespace: "recsys-serving",
    name: "cassandra",
    replicas: 3,
    storageClass: "managed-csi-premium",
    gi: 1024,
    createdDaysAgo: 330,
    rolloutDaysAgo: 24,
    pool: "cpu",
    usage: [0.5, 0.66],
  });
  statefulSet(b, {
    namespace: "recsys-train",
    name: "mlflow-postgresql",
    replicas: 1,
    storageClass: "managed-csi",
    gi: 128,
    createdDaysAgo: 300,
    rolloutDaysAgo: 31,
    pool: "system",
    usage: [0.25, 0.4],
    container: "postgresql",
  });
  // Trino spill space on Premium SSD v2, sized for a peak that never came.
  statefulSet(b, {
    namespace: "data-lake",
    name: "trino-worker",
    template: "spill",
    replicas: 2,
    storageClass: "premium-v2",
    gi: 1024,
    createdDaysAgo: 120,
    rolloutDaysAgo: 13,
    pool: "cpu",
    usage: [0.05, 0.12],
    container: "trino",
  });

  statefulSet(b, {
    namespace: "platform",
    name: "logs-es-default",
    template: "elasticsearch-data",
    replicas: 3,
    storageClass: "managed-csi-premium",
    gi: 1024,
    createdDaysAgo: 260,
    rolloutDaysAgo: 6,
    pool: "system",
    usage: [0.35, 0.55],
    container: "elasticsearch",
  });
  statefulSet(b, {
    namespace: "platform",
    name: "prometheus-k8s",
    template: "prometheus-k8s-db",
    replicas: 2,
    storageClass: "managed-csi-premium",
    gi: 512,
    createdDaysAgo: 380,
    rolloutDaysAgo: 9,
    pool: "system",
    usage: [0.5, 0.7],
    container: "prometheus",
  });
}
