import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { InvalidObjectError, normalizeObject, UnobservedKind } from "./normalize-object";
import { migSlicesPerCard } from "./normalize-pod";
import type { NormalizedObject } from "./normalized-object";
import { readKubeFiles } from "./read-kube-files";

const FIXTURES = path.join(import.meta.dirname, "fixtures");

async function normalizedFrom(file: string): Promise<NormalizedObject[]> {
  const out: NormalizedObject[] = [];
  for await (const raw of readKubeFiles([path.join(FIXTURES, file)])) {
    const object = normalizeObject(raw.value, raw.position, raw.listKind);
    if (!(object instanceof UnobservedKind)) out.push(object);
  }
  return out;
}

function byName(objects: NormalizedObject[], name: string) {
  const found = objects.find((o) => o.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found.fields as Record<string, unknown>;
}

const GIB = 1024n ** 3n;

describe("normalizeObject on a kubectl JSON List (EKS)", () => {
  let objects: NormalizedObject[] = [];
  beforeAll(async () => {
    objects = await normalizedFrom("eks-dump.json");
  });

  it("reads every kind in the List", () => {
    expect(objects.map((o) => o.kind)).toEqual([
      "Namespace",
      "StorageClass",
      "PersistentVolume",
      "PersistentVolume",
      "PersistentVolumeClaim",
      "VolumeSnapshotClass",
      "VolumeSnapshot",
      "VolumeSnapshotContent",
      "Node",
      "Pod",
    ]);
  });

  it("takes a namespace's cost centre from its labels", () => {
    expect(byName(objects, "llm-train")).toMatchObject({
      costCentre: "CC-4100",
      labels: { team: "llm-research" },
    });
  });

  it("reads a StorageClass's provisioner, parameters and default flag", () => {
    expect(byName(objects, "gp3")).toMatchObject({
      provisioner: "ebs.csi.aws.com",
      parameters: { encrypted: "true", iops: "6000", throughput: "250", type: "gp3" },
      reclaimPolicy: "Delete",
      isDefault: true,
    });
  });

  it("reads a CSI volume's size, claim and zone, and infers its region", () => {
    expect(byName(objects, "pvc-7d1c2b7e-3333-4f0e-b1a2-9c8d7e6f0003")).toMatchObject({
      capacityBytes: 500n * GIB,
      phase: "Bound",
      csiDriver: "ebs.csi.aws.com",
      volumeHandle: "vol-0a1b2c3d4e5f60003",
      zone: "us-east-1b",
      region: "us-east-1",
      claimNamespace: "llm-train",
      claimName: "checkpoints",
    });
  });

  it("names an in-tree EBS volume's plugin like a provisioner and keeps its Released claim", () => {
    expect(byName(objects, "legacy-results")).toMatchObject({
      capacityBytes: 1649267441664n,
      csiDriver: "kubernetes.io/aws-ebs",
      volumeHandle: "aws://us-east-1a/vol-0fe1d2c3b4a590004",
      reclaimPolicy: "Retain",
      phase: "Released",
      claimName: "old-results",
      claimUid: "c3a2b1d0-4444-4e5f-a6b7-c8d9e0f10004",
    });
  });

  it("reads a snapshot content's nanosecond creation time and byte restore size", () => {
    const content = byName(objects, "snapcontent-e5f6a7b8-6666-4c9d-8e0f-2a3b4c5d0006");
    expect(content).toMatchObject({
      deletionPolicy: "Retain",
      restoreSizeBytes: 500n * GIB,
      storedBytes: null,
    });
    expect((content.creationTime as Date).toISOString()).toBe("2026-03-10T02:00:03.000Z");
  });

  it("reads a node's instance type, GPUs, pool and capacity type", () => {
    expect(byName(objects, "ip-10-0-1-20.ec2.internal")).toMatchObject({
      instanceType: "p4d.24xlarge",
      region: "us-east-1",
      zone: "us-east-1b",
      capacityType: "on-demand",
      nodePool: "gpu-p4d",
      gpuModel: "NVIDIA-A100-SXM4-40GB",
      gpuCount: 8,
      gpuMemoryMib: 40960,
    });
  });

  it("counts a pod's GPUs as the scheduler does and finds its Deployment", () => {
    const pod = objects.find((o) => o.kind === "Pod") as NormalizedObject;
    // Containers ask 4 + 1 = 5; the init container's 2 is less, so 5.
    expect(pod.fields).toMatchObject({
      gpuRequest: "5",
      gpuResourceName: "nvidia.com/gpu",
      ownerKind: "ReplicaSet",
      workloadKind: "Deployment",
      workloadName: "trainer",
    });
  });

  it("lists a pod's volumes with their types, claims and declared roles", () => {
    const pod = objects.find((o) => o.kind === "Pod") as NormalizedObject;
    expect(pod.podVolumes).toEqual([
      {
        volumeName: "ckpt",
        type: "persistentVolumeClaim",
        claimName: "checkpoints",
        readOnly: false,
        sizeLimitBytes: null,
        role: "checkpoint",
      },
      {
        volumeName: "data",
        type: "persistentVolumeClaim",
        claimName: "datasets",
        readOnly: true,
        sizeLimitBytes: null,
        role: "dataset",
      },
      {
        volumeName: "scratch",
        type: "emptyDir",
        claimName: null,
        readOnly: false,
        sizeLimitBytes: 200n * GIB,
        role: null,
      },
      {
        volumeName: "cache",
        type: "ephemeral",
        claimName: "trainer-6d8f9c7b5-x2k9p-cache",
        readOnly: false,
        sizeLimitBytes: null,
        role: null,
      },
      {
        volumeName: "kube-api-access-abcde",
        type: "other",
        claimName: null,
        readOnly: false,
        sizeLimitBytes: null,
        role: null,
      },
    ]);
  });
});

describe("normalizeObject on multi-document YAML (GKE)", () => {
  let objects: NormalizedObject[] = [];
  beforeAll(async () => {
    objects = await normalizedFrom("gke-objects.yaml");
  });

  it("reads a VolumeAttributesClass", () => {
    expect(byName(objects, "gold")).toMatchObject({
      driverName: "pd.csi.storage.gke.io",
      parameters: { iops: "20000", throughput: "600" },
    });
  });

  it("gives a regional disk no single zone but its region", () => {
    expect(byName(objects, "pvc-22222222-aaaa-4bbb-8ccc-000000000002")).toMatchObject({
      zone: null,
      region: "us-central1",
      volumeAttributesClassName: "gold",
    });
  });

  it("keeps a claim's request apart from the capacity it was given, and its snapshot source", () => {
    expect(byName(objects, "restored")).toMatchObject({
      requestedBytes: 1024n ** 2n,
      capacityBytes: GIB,
      volumeAttributesClassName: "gold",
      dataSourceKind: "VolumeSnapshot",
      dataSourceName: "nightly",
      ownerKind: "StatefulSet",
    });
  });

  it("counts a MIG slice as its fraction of a card and dates a finished pod", () => {
    const pod = byName(objects, "finetune-0");
    expect(pod).toMatchObject({
      gpuRequest: "0.42857142857142857143",
      gpuResourceName: "nvidia.com/mig-3g.40gb",
      workloadKind: "Job",
    });
    expect((pod.finishedAt as Date).toISOString()).toBe("2026-02-04T05:30:00.000Z");
  });

  it("knows an A30 has 4 MIG compute slices, A100 and H100 7", () => {
    expect(migSlicesPerCard("2g.12gb")).toBe(4); // A30: 2 of 4 slices = half a card
    expect(migSlicesPerCard("4g.24gb")).toBe(4);
    expect(migSlicesPerCard("3g.40gb")).toBe(7); // A100 80GB, H100
    expect(migSlicesPerCard("1g.10gb")).toBe(7);
  });
});

describe("normalizeObject errors", () => {
  const pv = (spec: Record<string, unknown>, metadata: Record<string, unknown> = {}) => ({
    kind: "PersistentVolume",
    metadata: { name: "pv-x", uid: "u-1", creationTimestamp: "2026-01-01T00:00:00Z", ...metadata },
    spec: { capacity: { storage: "10Gi" }, ...spec },
  });

  it.each([
    [
      pv({ capacity: { storage: "-5Gi" } }),
      'dump.json:7: PersistentVolume "pv-x": spec.capacity.storage: a size cannot be negative: "-5Gi"',
    ],
    [
      pv({ capacity: { storage: "9000Ei" } }),
      'dump.json:7: PersistentVolume "pv-x": spec.capacity.storage: 9000Ei is larger than 1 EiB: not a real volume size',
    ],
    [pv({ capacity: {} }), 'dump.json:7: PersistentVolume "pv-x": spec.capacity.storage: is missing'],
    [pv({}, { uid: undefined }), 'dump.json:7: PersistentVolume "pv-x": metadata.uid: is missing'],
    [
      pv({}, { creationTimestamp: "yesterday" }),
      'dump.json:7: PersistentVolume "pv-x": metadata.creationTimestamp: "yesterday" is not a timestamp',
    ],
    [pv({}, { name: '<img src=x onerror="alert(1)">' }), "is not a valid Kubernetes name"],
    [
      pv({ persistentVolumeReclaimPolicy: "Keep" }),
      'spec.persistentVolumeReclaimPolicy: "Keep" is not one of Delete, Retain, Recycle',
    ],
  ])("names the object and field: %#", (object, message) => {
    expect(() => normalizeObject(object, "dump.json:7")).toThrow(InvalidObjectError);
    expect(() => normalizeObject(object, "dump.json:7")).toThrow(message);
  });

  it("refuses an object with no kind outside a typed List", () => {
    expect(() => normalizeObject({ metadata: { name: "x" } }, "f:1")).toThrow(
      "f:1: object: kind: is missing",
    );
  });

  it("takes the kind of an item from its typed List", () => {
    const object = normalizeObject(
      { metadata: { name: "n1", uid: "u", creationTimestamp: "2026-01-01T00:00:00Z" } },
      "f:1",
      "NodeList",
    );
    expect((object as NormalizedObject).kind).toBe("Node");
  });

  it("recognises kinds it does not keep, without error", () => {
    expect(normalizeObject({ kind: "Deployment", metadata: { name: "x" } }, "f:1")).toBeInstanceOf(
      UnobservedKind,
    );
  });

  it("hashes equal content equally whatever the order of labels", () => {
    const a = normalizeObject(pv({}, { labels: { a: "1", b: "2" } }), "f:1") as NormalizedObject;
    const b = normalizeObject(pv({}, { labels: { b: "2", a: "1" } }), "f:1") as NormalizedObject;
    const c = normalizeObject(
      pv({ capacity: { storage: "11Gi" } }, { labels: { a: "1", b: "2" } }),
      "f:1",
    ) as NormalizedObject;
    expect(a.contentHash).toBe(b.contentHash);
    expect(a.contentHash).not.toBe(c.contentHash);
  });
});
