import { stableHex } from "./demo-ids";
import type { ScenarioBuilder } from "./demo-scenario-builder";
import { MINUTE_MS } from "./demo-time";

/** prod-eks-use1's leftovers: Released volumes, pre-provisioned volumes nobody claimed, retained contents. */
export function eksWaste(b: ScenarioBuilder): void {
  const gpuZone = b.cluster.zones[0];
  // A hackathon namespace deleted 50 days ago; its two volumes were patched to Retain first.
  for (const index of [0, 1]) {
    const claimName = `data-hack-${index}`;
    b.claim({
      namespace: "vision-hackathon",
      name: claimName,
      storageClass: "gp3",
      gi: 500,
      createdAt: b.ago(78, 12 - index),
      deletedAt: b.ago(50, -16.4),
      retain: true,
      zone: b.node("batch", index).zone,
      usage: [0.1, 0.35],
    });
    b.pod({
      namespace: "vision-hackathon",
      name: `hack-notebook-${index}`,
      node: b.node("batch", index),
      startedAt: b.ago(77, 10),
      finishedAt: b.ago(52, 6),
      deletedAt: b.ago(52, 6),
      container: "notebook",
      volumes: [{ name: "work", type: "persistentVolumeClaim", claimName, role: "other" }],
    });
  }

  // Pre-provisioned volumes nobody claimed: an admin's restore (75 days), a manual FSx, a fresh one.
  b.staticVolume({
    name: "restore-imagenet-2024-12",
    storageClass: "gp3",
    gi: 3072,
    createdAt: b.ago(75, 1),
    zone: gpuZone,
    annotations: { "kubernetes.io/created-by": "manual" },
  });
  b.staticVolume({
    name: "fsx-scratch-manual",
    storageClass: "fsx-lustre",
    gi: 2400,
    createdAt: b.ago(41, 7),
    zone: gpuZone,
  });
  b.staticVolume({
    name: "restore-coco-weights",
    storageClass: "gp3",
    gi: 500,
    createdAt: b.ago(6, 2),
    zone: gpuZone,
  });
  // The local static provisioner's PVs on the A100 nodes' RAID-0 NVMe (paid in the instance price).
  for (const node of b.pool("gpu-a100")) {
    b.staticVolume({
      name: `local-pv-${stableHex(8, node.name)}`,
      storageClass: "local-nvme",
      gi: 7450,
      createdAt: b.clock.plus(node.createdAt, 6 * MINUTE_MS),
      zone: node.zone,
      reclaimPolicy: "Delete",
      labels: { "kubernetes.io/hostname": node.name },
    });
  }

  // The old database's volume: io2 keeps volumes (Retain), Released 44 days ago.
  const legacyDb = b.claim({
    namespace: "recsys-features",
    name: "data-feature-db-legacy-0",
    storageClass: "io2",
    gi: 1024,
    createdAt: b.ago(240, 3),
    deletedAt: b.ago(44, 6),
    zone: b.node("system", 0).zone,
    usage: [0.3, 0.4],
  });
  // Its pre-migration backup used the Retain class: the snapshot was deleted, the content stayed.
  b.snapshot({
    volume: legacyDb,
    name: "feature-db-pre-migration",
    className: "ebs-csi-snapclass-retain",
    createdAt: b.ago(75, 2),
    deletedAt: b.ago(60, 3),
  });
  b.snapshot({
    volume: legacyDb,
    name: "feature-db-weekly-1",
    className: "ebs-csi-snapclass-retain",
    createdAt: b.ago(110, 2),
    deletedAt: b.ago(100, 2),
    snapshotObserved: false,
  });
}
