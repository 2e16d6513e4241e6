import { describe, expect, it } from "vitest";
import { ANCHOR_MS, demoFleet, key, ms } from "./demo-fleet-fixture";

const fleet = demoFleet();

interface LifeRow {
  clusterId: string;
  createdAt: Date | string;
  deletedAt?: Date | string | null;
  firstSeenAt: Date | string;
  lastSeenAt: Date | string;
  firstObservationId?: string | null;
  lastObservationId?: string | null;
}

const kubeObjects: [string, LifeRow[]][] = [
  ["StorageClass", fleet.storageClasses],
  ["VolumeAttributesClass", fleet.volumeAttributesClasses],
  ["PersistentVolume", fleet.persistentVolumes],
  ["PersistentVolumeClaim", fleet.persistentVolumeClaims],
  ["VolumeSnapshotClass", fleet.volumeSnapshotClasses],
  ["VolumeSnapshot", fleet.volumeSnapshots],
  ["VolumeSnapshotContent", fleet.volumeSnapshotContents],
  ["Node", fleet.nodes],
  ["Pod", fleet.pods],
];

const observationOf = new Map(fleet.observations.map((o) => [o.clusterId, o.id]));
const pvcsByKey = new Map(
  fleet.persistentVolumeClaims.map((pvc) => [key(pvc.clusterId, pvc.namespace, pvc.name), pvc]),
);
const pvsByName = new Map(fleet.persistentVolumes.map((pv) => [key(pv.clusterId, pv.name), pv]));
const classNames = new Set(fleet.storageClasses.map((sc) => key(sc.clusterId, sc.name)));
const namespaces = new Map(fleet.namespaces.map((ns) => [key(ns.clusterId, ns.name), ns]));
const end = (row: { deletedAt?: Date | string | null }) => ms(row.deletedAt ?? null) || ANCHOR_MS;

describe("demo fleet consistency", () => {
  it.each(kubeObjects)("%s: created <= deleted <= anchor, nothing in the future", (_kind, rows) => {
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(ms(row.createdAt)).toBeLessThanOrEqual(ANCHOR_MS);
      if (row.deletedAt) {
        expect(ms(row.deletedAt)).toBeGreaterThanOrEqual(ms(row.createdAt));
        expect(ms(row.deletedAt)).toBeLessThanOrEqual(ANCHOR_MS);
      }
    }
  });

  it.each(kubeObjects)(
    "%s: first seen at creation, last seen at deletion or the anchor, by the cluster's observation",
    (_kind, rows) => {
      for (const row of rows) {
        expect(ms(row.firstSeenAt)).toBe(ms(row.createdAt));
        expect(ms(row.lastSeenAt)).toBe(row.deletedAt ? ms(row.deletedAt) : ANCHOR_MS);
        expect(row.firstObservationId).toBe(observationOf.get(row.clusterId));
        expect(row.lastObservationId).toBe(observationOf.get(row.clusterId));
      }
    },
  );

  it("gives every claim's volumeName a volume in the same cluster, with the same capacity", () => {
    for (const pvc of fleet.persistentVolumeClaims.filter((row) => row.volumeName)) {
      const pv = pvsByName.get(key(pvc.clusterId, pvc.volumeName));
      expect(pv, `${pvc.namespace}/${pvc.name}`).toBeDefined();
      expect(pvc.capacityBytes).toBe(pv?.capacityBytes);
    }
  });

  it("points every Bound volume's claimRef at a claim that names it back, alive as long as the volume", () => {
    for (const pv of fleet.persistentVolumes.filter((row) => row.phase === "Bound")) {
      const pvc = pvcsByKey.get(key(pv.clusterId, pv.claimNamespace, pv.claimName));
      expect(pvc?.uid, pv.name).toBe(pv.claimUid);
      expect(pvc?.volumeName).toBe(pv.name);
      // A Delete volume goes a few seconds after its claim.
      if (pvc?.deletedAt) expect(end(pv) - ms(pvc.deletedAt)).toBeLessThan(60_000);
      else expect(pv.deletedAt ?? null).toBeNull();
    }
  });

  it("keeps a Released volume's claimRef pointing at its deleted claim", () => {
    const released = fleet.persistentVolumes.filter((row) => row.phase === "Released");
    expect(released.length).toBeGreaterThan(0);
    for (const pv of released) {
      const pvc = pvcsByKey.get(key(pv.clusterId, pv.claimNamespace, pv.claimName));
      expect(pvc?.uid, pv.name).toBe(pv.claimUid);
      expect(ms(pvc?.deletedAt)).toBeLessThanOrEqual(ms(pv.lastPhaseTransitionAt));
      expect(pv.reclaimPolicy).toBe("Retain");
    }
  });

  it("names only StorageClasses of the same cluster, created before the volume or claim", () => {
    const created = new Map(fleet.storageClasses.map((sc) => [key(sc.clusterId, sc.name), ms(sc.createdAt)]));
    const rows = [
      ...fleet.persistentVolumes,
      ...fleet.persistentVolumeClaims,
      ...fleet.persistentVolumeRevisions,
    ];
    for (const row of rows) expect(classNames.has(key(row.clusterId, row.storageClassName))).toBe(true);
    for (const row of [...fleet.persistentVolumes, ...fleet.persistentVolumeClaims]) {
      expect(created.get(key(row.clusterId, row.storageClassName))).toBeLessThanOrEqual(ms(row.createdAt));
    }
  });

  it("names only VolumeAttributesClasses of the same cluster, and at least one claim uses one", () => {
    const vacs = new Set(fleet.volumeAttributesClasses.map((vac) => key(vac.clusterId, vac.name)));
    const users = fleet.persistentVolumeClaims.filter((pvc) => pvc.volumeAttributesClassName);
    expect(users.length).toBeGreaterThan(0);
    for (const row of [...fleet.persistentVolumes, ...users].filter((r) => r.volumeAttributesClassName)) {
      expect(vacs.has(key(row.clusterId, row.volumeAttributesClassName))).toBe(true);
    }
  });

  it("binds every VolumeSnapshot to a content in its cluster that refers back to it", () => {
    const contents = new Map(fleet.volumeSnapshotContents.map((c) => [key(c.clusterId, c.name), c]));
    const snapshotClasses = new Set(fleet.volumeSnapshotClasses.map((c) => key(c.clusterId, c.name)));
    for (const vs of fleet.volumeSnapshots) {
      const content = contents.get(key(vs.clusterId, vs.boundContentName));
      expect(content, vs.name).toBeDefined();
      expect([content?.snapshotRefNamespace, content?.snapshotRefName, content?.snapshotRefUid]).toEqual([
        vs.namespace,
        vs.name,
        vs.uid,
      ]);
      expect(content?.restoreSizeBytes).toBe(vs.restoreSizeBytes);
      expect(snapshotClasses.has(key(vs.clusterId, vs.volumeSnapshotClassName))).toBe(true);
    }
  });

  it("takes every snapshot from a claim that existed at the time, at the claim's size", () => {
    for (const vs of fleet.volumeSnapshots) {
      const pvc = pvcsByKey.get(key(vs.clusterId, vs.namespace, vs.sourcePvcName));
      expect(pvc, vs.name).toBeDefined();
      expect(ms(vs.createdAt)).toBeGreaterThan(ms(pvc?.createdAt));
      expect(ms(vs.createdAt)).toBeLessThan(end(pvc ?? {}));
    }
  });

  it("names a claim in the pod's namespace for every claim-backed pod volume, alive while the pod ran", () => {
    const pods = new Map(fleet.pods.map((pod) => [key(pod.clusterId, pod.uid), pod]));
    const claimVolumes = fleet.podVolumes.filter(
      (v) => v.type === "persistentVolumeClaim" || v.type === "ephemeral",
    );
    expect(claimVolumes.length).toBeGreaterThan(0);
    for (const volume of claimVolumes) {
      const pod = pods.get(key(volume.clusterId, volume.podUid));
      const pvc = pvcsByKey.get(key(volume.clusterId, pod?.namespace, volume.claimName));
      expect(pvc, `${pod?.namespace}/${volume.claimName}`).toBeDefined();
      expect(ms(pvc?.createdAt)).toBeLessThanOrEqual(ms(pod?.startedAt));
      expect(end(pvc ?? {})).toBeGreaterThanOrEqual(
        ms(pod?.finishedAt ?? pod?.deletedAt ?? null) || ANCHOR_MS,
      );
    }
  });

  it("schedules every pod on a node of its cluster that existed when it started", () => {
    const nodes = new Map(fleet.nodes.map((node) => [key(node.clusterId, node.name), node]));
    for (const pod of fleet.pods) {
      const node = nodes.get(key(pod.clusterId, pod.nodeName));
      expect(node, pod.name).toBeDefined();
      expect(ms(node?.createdAt)).toBeLessThan(ms(pod.startedAt));
      expect(ms(pod.createdAt)).toBeLessThanOrEqual(ms(pod.startedAt));
    }
  });

  it("runs pods that mount a zonal disk in that disk's zone", () => {
    const nodes = new Map(fleet.nodes.map((node) => [key(node.clusterId, node.name), node]));
    const pods = new Map(fleet.pods.map((pod) => [key(pod.clusterId, pod.uid), pod]));
    let checked = 0;
    for (const volume of fleet.podVolumes.filter((v) => v.claimName)) {
      const pod = pods.get(key(volume.clusterId, volume.podUid));
      const pvc = pvcsByKey.get(key(volume.clusterId, pod?.namespace, volume.claimName));
      const pv = pvsByName.get(key(volume.clusterId, pvc?.volumeName));
      if (!pv?.zone || pv.accessModes?.toString() !== "ReadWriteOnce") continue;
      expect(nodes.get(key(volume.clusterId, pod?.nodeName))?.zone, `${pod?.name} -> ${pv.name}`).toBe(
        pv.zone,
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("never books more GPUs on a node than it has", () => {
    const nodes = new Map(fleet.nodes.map((node) => [key(node.clusterId, node.name), node]));
    const gpuPods = fleet.pods.filter((pod) => Number(pod.gpuRequest) > 0);
    for (const pod of gpuPods) {
      const node = nodes.get(key(pod.clusterId, pod.nodeName));
      const overlapping = gpuPods.filter(
        (other) =>
          other.clusterId === pod.clusterId &&
          other.nodeName === pod.nodeName &&
          ms(other.startedAt) < (ms(pod.finishedAt ?? null) || ANCHOR_MS) &&
          ms(pod.startedAt) < (ms(other.finishedAt ?? null) || ANCHOR_MS),
      );
      const booked = overlapping.reduce((sum, other) => sum + Number(other.gpuRequest), 0);
      expect(booked, `${pod.name} on ${pod.nodeName}`).toBeLessThanOrEqual(node?.gpuCount ?? 0);
    }
  });

  it("keeps claims, pods and snapshots inside their namespace's life", () => {
    const rows = [...fleet.persistentVolumeClaims, ...fleet.pods, ...fleet.volumeSnapshots];
    for (const row of rows) {
      const ns = namespaces.get(key(row.clusterId, row.namespace));
      expect(ns, `${row.namespace}/${row.name}`).toBeDefined();
      expect(ms(ns?.createdAt)).toBeLessThanOrEqual(ms(row.createdAt));
      expect(end(row)).toBeLessThanOrEqual(end(ns ?? {}));
    }
  });

  it("records samples only for series of the same cluster, inside the history, once per instant", () => {
    const series = new Map(fleet.metricSeries.map((s) => [s.id, s]));
    const seen = new Set<string>();
    for (const sample of fleet.metricSamples) {
      expect(series.get(sample.seriesId)?.clusterId).toBe(sample.clusterId);
      const id = key(sample.seriesId, String(ms(sample.at)));
      expect(seen.has(id)).toBe(false);
      seen.add(id);
    }
  });

  it("keys each series uniquely per cluster and metric, by its canonical label set", () => {
    const keys = fleet.metricSeries.map((s) => key(s.clusterId, s.metric, s.seriesKey));
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of fleet.metricSeries) expect(s.seriesKey).toMatch(/^\{([a-zA-Z_]+="[^"]*",?)+\}$/);
  });

  it("has no duplicate primary keys", () => {
    const unique = (keys: string[]) => expect(new Set(keys).size).toBe(keys.length);
    unique(fleet.persistentVolumes.map((r) => key(r.clusterId, r.uid)));
    unique(fleet.persistentVolumes.map((r) => key(r.clusterId, r.name)));
    unique(fleet.persistentVolumeClaims.map((r) => key(r.clusterId, r.uid)));
    unique(fleet.persistentVolumeRevisions.map((r) => key(r.clusterId, r.uid, String(ms(r.validFrom)))));
    unique(fleet.pods.map((r) => key(r.clusterId, r.uid)));
    unique(fleet.podVolumes.map((r) => key(r.clusterId, r.podUid, r.volumeName)));
    unique(fleet.volumeSnapshots.map((r) => key(r.clusterId, r.uid)));
    unique(fleet.volumeSnapshotContents.map((r) => key(r.clusterId, r.uid)));
    unique(fleet.volumeSnapshotContents.map((r) => key(r.clusterId, r.name)));
    unique(fleet.nodes.map((r) => key(r.clusterId, r.name)));
    unique(fleet.namespaces.map((r) => key(r.clusterId, r.name)));
    unique(fleet.metricSeries.map((r) => r.id ?? ""));
  });

  it("counts each kind's rows in the cluster's observation", () => {
    expect(fleet.observationKinds).toHaveLength(3 * 10);
    const clusterOf = new Map(fleet.observations.map((o) => [o.id, o.clusterId]));
    const pvs = fleet.observationKinds.filter((k) => k.kind === "PersistentVolume");
    for (const kind of pvs) {
      const rows = fleet.persistentVolumes.filter((pv) => pv.clusterId === clusterOf.get(kind.observationId));
      expect(kind.complete).toBe(true);
      expect((kind.seenCount ?? 0) + (kind.deletedCount ?? 0)).toBe(rows.length);
      expect(kind.deletedCount).toBe(rows.filter((pv) => pv.deletedAt).length);
    }
  });
});
