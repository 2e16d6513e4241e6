import type { RawObject } from "../ingest/kube/read-kube-files";

// Kubernetes objects as `kubectl get -o json` prints them, for tests: only the fields that matter.

type Json = Record<string, unknown>;

export function persistentVolume(
  name: string,
  opts: {
    uid?: string;
    size?: string;
    phase?: string;
    created?: string;
    claim?: [string, string];
    deletionTimestamp?: string;
    reclaim?: string;
    storageClass?: string;
  } = {},
): Json {
  return {
    apiVersion: "v1",
    kind: "PersistentVolume",
    metadata: {
      name,
      uid: opts.uid ?? `uid-${name}`,
      creationTimestamp: opts.created ?? "2026-03-01T00:00:00Z",
      ...(opts.deletionTimestamp ? { deletionTimestamp: opts.deletionTimestamp } : {}),
    },
    spec: {
      capacity: { storage: opts.size ?? "100Gi" },
      accessModes: ["ReadWriteOnce"],
      persistentVolumeReclaimPolicy: opts.reclaim ?? "Delete",
      storageClassName: opts.storageClass ?? "gp3",
      csi: { driver: "ebs.csi.aws.com", volumeHandle: `vol-${name}` },
      ...(opts.claim
        ? { claimRef: { namespace: opts.claim[0], name: opts.claim[1], uid: `uid-${opts.claim[1]}` } }
        : {}),
    },
    status: { phase: opts.phase ?? "Bound" },
  };
}

export function persistentVolumeClaim(
  namespace: string,
  name: string,
  opts: { size?: string; volumeName?: string } = {},
): Json {
  return {
    apiVersion: "v1",
    kind: "PersistentVolumeClaim",
    metadata: { name, namespace, uid: `uid-${name}`, creationTimestamp: "2026-03-01T00:00:00Z" },
    spec: { resources: { requests: { storage: opts.size ?? "100Gi" } }, volumeName: opts.volumeName ?? null },
    status: { phase: "Bound", capacity: { storage: opts.size ?? "100Gi" } },
  };
}

export function node(name: string, providerId: string, region: string): Json {
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: {
      name,
      uid: `uid-${name}`,
      creationTimestamp: "2026-03-01T00:00:00Z",
      labels: { "topology.kubernetes.io/region": region, "node.kubernetes.io/instance-type": "m6i.large" },
    },
    spec: { providerID: providerId },
  };
}

/** Objects as one `kubectl get -o json` List would give them. */
export async function* asList(objects: unknown[]): AsyncGenerator<RawObject> {
  for (const [i, value] of objects.entries()) {
    yield { value, position: `test.json:${i + 1} (item ${i})`, inList: true, listKind: "List" };
  }
}

/** Objects as separate documents (not a List: no kind is complete). */
export async function* asDocuments(objects: unknown[]): AsyncGenerator<RawObject> {
  let i = 0;
  for (const value of objects) yield { value, position: `test.yaml:${++i}`, inList: false };
}
