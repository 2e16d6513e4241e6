import { createWriteStream } from "node:fs";
import path from "node:path";
import { finished } from "node:stream/promises";

// Synthetic objects for the ingestion benchmark, shaped as `kubectl get -o json` prints them.

// The brief's fleet: 500,000 PVCs and PVs, 2 million VolumeSnapshots (each with its content),
// 200,000 GPU pods, on about 1,000 nodes per cluster.
export const FLEET_SHARES: [string, number][] = [
  ["Namespace", 0.0002],
  ["StorageClass", 0.00002],
  ["Node", 0.001],
  ["PersistentVolume", 0.053],
  ["PersistentVolumeClaim", 0.053],
  ["VolumeSnapshot", 0.425],
  ["VolumeSnapshotContent", 0.425],
  ["Pod", 0.043],
];

const created = "2026-01-15T08:30:00Z";
const uid = (kind: string, i: number) =>
  `${kind.length.toString(16).padStart(8, "0")}-0000-4000-8000-${i.toString(16).padStart(12, "0")}`;
const ns = (i: number) => `team-${i % 200}`;

export function benchObject(kind: string, i: number): unknown {
  const metadata = {
    name: `${kind.toLowerCase()}-${i}`,
    uid: uid(kind, i),
    creationTimestamp: created,
    resourceVersion: String(1000 + i),
  };
  switch (kind) {
    case "Namespace":
      return {
        apiVersion: "v1",
        kind,
        metadata: { ...metadata, name: ns(i), labels: { team: `team-${i % 25}` } },
      };
    case "StorageClass":
      return {
        apiVersion: "storage.k8s.io/v1",
        kind,
        metadata: { ...metadata, name: `sc-${i}` },
        provisioner: "ebs.csi.aws.com",
        parameters: { type: "gp3" },
      };
    case "Node":
      return {
        apiVersion: "v1",
        kind,
        metadata: {
          ...metadata,
          labels: {
            "node.kubernetes.io/instance-type": "p4d.24xlarge",
            "topology.kubernetes.io/zone": "us-east-1a",
          },
        },
        spec: { providerID: `aws:///us-east-1a/i-${i}` },
        status: { capacity: { "nvidia.com/gpu": "8" } },
      };
    case "PersistentVolume":
      return {
        apiVersion: "v1",
        kind,
        metadata: { ...metadata, name: `pvc-${uid("PersistentVolumeClaim", i)}` },
        spec: {
          accessModes: ["ReadWriteOnce"],
          capacity: { storage: `${100 + (i % 900)}Gi` },
          claimRef: { namespace: ns(i), name: `data-${i}`, uid: uid("PersistentVolumeClaim", i) },
          csi: { driver: "ebs.csi.aws.com", volumeHandle: `vol-${i.toString(16)}` },
          persistentVolumeReclaimPolicy: i % 20 === 0 ? "Retain" : "Delete",
          storageClassName: "gp3",
          nodeAffinity: {
            required: {
              nodeSelectorTerms: [
                {
                  matchExpressions: [
                    { key: "topology.kubernetes.io/zone", operator: "In", values: ["us-east-1a"] },
                  ],
                },
              ],
            },
          },
        },
        status: { phase: "Bound" },
      };
    case "PersistentVolumeClaim":
      return {
        apiVersion: "v1",
        kind,
        metadata: { ...metadata, name: `data-${i}`, namespace: ns(i), uid: uid("PersistentVolumeClaim", i) },
        spec: {
          accessModes: ["ReadWriteOnce"],
          resources: { requests: { storage: `${100 + (i % 900)}Gi` } },
          storageClassName: "gp3",
          volumeName: `pvc-${uid("PersistentVolumeClaim", i)}`,
        },
        status: { phase: "Bound", capacity: { storage: `${100 + (i % 900)}Gi` } },
      };
    case "VolumeSnapshot":
      return {
        apiVersion: "snapshot.storage.k8s.io/v1",
        kind,
        metadata: { ...metadata, namespace: ns(i) },
        spec: { source: { persistentVolumeClaimName: `data-${i % 50_000}` }, volumeSnapshotClassName: "ebs" },
        status: {
          boundVolumeSnapshotContentName: `volumesnapshotcontent-${i}`,
          creationTime: created,
          readyToUse: true,
          restoreSize: "500Gi",
        },
      };
    case "VolumeSnapshotContent":
      return {
        apiVersion: "snapshot.storage.k8s.io/v1",
        kind,
        metadata,
        spec: {
          deletionPolicy: "Delete",
          driver: "ebs.csi.aws.com",
          source: { volumeHandle: `vol-${(i % 50_000).toString(16)}` },
          volumeSnapshotRef: { namespace: ns(i), name: `volumesnapshot-${i}`, uid: uid("VolumeSnapshot", i) },
        },
        status: {
          creationTime: 1768465800000000000,
          readyToUse: true,
          restoreSize: 536870912000,
          snapshotHandle: `snap-${i.toString(16)}`,
        },
      };
    default:
      return {
        apiVersion: "v1",
        kind,
        metadata: {
          ...metadata,
          namespace: ns(i),
          ownerReferences: [
            {
              apiVersion: "batch/v1",
              kind: "Job",
              name: `train-${Math.floor(i / 8)}`,
              uid: "x",
              controller: true,
            },
          ],
        },
        spec: {
          nodeName: `node-${i % 1000}`,
          containers: [
            { name: "train", image: "trainer:1", resources: { limits: { "nvidia.com/gpu": "8" } } },
          ],
          volumes: [
            { name: "data", persistentVolumeClaim: { claimName: `data-${i % 50_000}` } },
            { name: "scratch", emptyDir: {} },
          ],
        },
        status: { phase: "Running", startTime: created },
      };
  }
}

/** Writes `total` objects in the fleet's proportions to DIR, one kubectl-style List file per kind. */
export async function writeBenchDump(
  dir: string,
  total: number,
): Promise<{ files: string[]; counts: (readonly [string, number])[]; objects: number }> {
  const counts = FLEET_SHARES.map(([kind, share]) => [kind, Math.max(1, Math.round(total * share))] as const);
  const files: string[] = [];
  for (const [kind, count] of counts) {
    const file = path.join(dir, `${kind}.json`);
    const out = createWriteStream(file);
    out.write('{"apiVersion":"v1","items":[\n');
    for (let i = 0; i < count; i++) {
      if (!out.write(`${i > 0 ? ",\n" : ""}${JSON.stringify(benchObject(kind, i))}`)) {
        await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      }
    }
    out.end('\n],"kind":"List","metadata":{"resourceVersion":""}}\n');
    await finished(out);
    files.push(file);
  }
  return { files, counts, objects: counts.reduce((n, [, c]) => n + c, 0) };
}
