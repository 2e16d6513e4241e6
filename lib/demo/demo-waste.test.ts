import { describe, expect, it } from "vitest";
import { ANCHOR_MS, DAY, daysAgo, demoFleet, key, ms } from "./demo-fleet-fixture";

/**
 * Every waste story the product detects is present in the demo and identifiable from the rows
 * alone, the way the waste rules will see them.
 */
const fleet = demoFleet();
const GIB = 1024n ** 3n;
const live = <T extends { deletedAt?: Date | string | null }>(rows: T[]) =>
  rows.filter((row) => !row.deletedAt);
const pvcsByKey = new Map(
  fleet.persistentVolumeClaims.map((pvc) => [key(pvc.clusterId, pvc.namespace, pvc.name), pvc]),
);
const classes = new Map(fleet.storageClasses.map((sc) => [key(sc.clusterId, sc.name), sc]));
const parameter = (row: { clusterId: string; storageClassName?: string | null }, name: string) =>
  (classes.get(key(row.clusterId, row.storageClassName))?.parameters as Record<string, string> | undefined)?.[
    name
  ];

/** The last time a pod that mounts each claim was running. */
function lastMounted(): Map<string, number> {
  const pods = new Map(fleet.pods.map((pod) => [key(pod.clusterId, pod.uid), pod]));
  const last = new Map<string, number>();
  for (const volume of fleet.podVolumes.filter((v) => v.claimName)) {
    const pod = pods.get(key(volume.clusterId, volume.podUid));
    const claim = key(volume.clusterId, pod?.namespace, volume.claimName);
    const end = pod?.finishedAt ? ms(pod.finishedAt) : ANCHOR_MS;
    last.set(claim, Math.max(last.get(claim) ?? 0, end));
  }
  return last;
}

describe("demo fleet waste stories", () => {
  it("has Released volumes kept by Retain whose claims were deleted more than 40 days ago", () => {
    const released = live(fleet.persistentVolumes).filter(
      (pv) =>
        pv.phase === "Released" && pv.reclaimPolicy === "Retain" && daysAgo(pv.lastPhaseTransitionAt) > 40,
    );
    expect(released.length).toBeGreaterThanOrEqual(3);
    for (const pv of released) {
      const claim = pvcsByKey.get(key(pv.clusterId, pv.claimNamespace, pv.claimName));
      expect(claim?.uid).toBe(pv.claimUid);
      expect(daysAgo(claim?.deletedAt)).toBeGreaterThan(40);
    }
  });

  it("has a Released volume whose namespace is gone too", () => {
    const gone = new Set(
      fleet.namespaces.filter((ns) => ns.deletedAt).map((ns) => key(ns.clusterId, ns.name)),
    );
    const orphaned = live(fleet.persistentVolumes).filter(
      (pv) => pv.phase === "Released" && gone.has(key(pv.clusterId, pv.claimNamespace)),
    );
    expect(orphaned.length).toBeGreaterThan(0);
  });

  it("has Available volumes nobody bound for more than 30 days, besides local disks", () => {
    const available = live(fleet.persistentVolumes).filter(
      (pv) => pv.phase === "Available" && pv.csiDriver && daysAgo(pv.createdAt) > 30,
    );
    expect(available.length).toBeGreaterThanOrEqual(3);
    for (const pv of available) expect(pv.claimName ?? null).toBeNull();
  });

  it("has an Available volume younger than 30 days, below the waste threshold", () => {
    const fresh = live(fleet.persistentVolumes).filter(
      (pv) => pv.phase === "Available" && daysAgo(pv.createdAt) < 30,
    );
    expect(fresh.length).toBeGreaterThan(0);
  });

  it("has Bound claims no pod has mounted for more than 30 days, some never mounted", () => {
    const mounted = lastMounted();
    const bound = live(fleet.persistentVolumeClaims).filter((pvc) => pvc.phase === "Bound");
    const idle = bound.filter((pvc) => {
      const last = mounted.get(key(pvc.clusterId, pvc.namespace, pvc.name));
      return last === undefined || ANCHOR_MS - last > 30 * DAY;
    });
    expect(idle.length).toBeGreaterThanOrEqual(8);
    expect(idle.some((pvc) => !mounted.has(key(pvc.clusterId, pvc.namespace, pvc.name)))).toBe(true);
  });

  it("records no usage series for a claim while no pod mounts it", () => {
    const mounted = lastMounted();
    const usage = new Map<string, number>();
    const series = new Map(fleet.metricSeries.map((s) => [s.id, s]));
    for (const sample of fleet.metricSamples) {
      const s = series.get(sample.seriesId);
      if (s?.metric !== "volume_used_bytes") continue;
      const claim = key(s.clusterId, s.namespace, s.persistentVolumeClaim);
      usage.set(claim, Math.max(usage.get(claim) ?? 0, ms(sample.at)));
    }
    expect(usage.size).toBeGreaterThan(100);
    for (const [claim, lastSample] of usage) expect(lastSample).toBeLessThanOrEqual(mounted.get(claim) ?? 0);
  });

  it("has volumes using 10-25 % of their capacity over the last 30 days", () => {
    const series = new Map(fleet.metricSeries.map((s) => [s.id, s]));
    const peaks = new Map<string, number>();
    for (const sample of fleet.metricSamples) {
      const s = series.get(sample.seriesId);
      if (s?.metric !== "volume_used_bytes" || daysAgo(sample.at) > 30) continue;
      const claim = key(s.clusterId, s.namespace, s.persistentVolumeClaim);
      peaks.set(claim, Math.max(peaks.get(claim) ?? 0, sample.value));
    }
    const oversized = [...peaks].filter(([claim, peak]) => {
      const capacity = Number(pvcsByKey.get(claim)?.capacityBytes ?? 0n);
      return peak / capacity >= 0.08 && peak / capacity <= 0.25;
    });
    expect(oversized.length).toBeGreaterThanOrEqual(5);
  });

  it("has live gp2 volumes, pd-ssd volumes and Premium SSD disks just above the 512 GiB tier", () => {
    const volumes = live(fleet.persistentVolumes);
    expect(volumes.filter((pv) => parameter(pv, "type") === "gp2").length).toBeGreaterThan(3);
    expect(volumes.filter((pv) => parameter(pv, "type") === "pd-ssd").length).toBeGreaterThan(3);
    const justAbove = volumes.filter(
      (pv) => parameter(pv, "skuName") === "Premium_LRS" && pv.capacityBytes === 600n * GIB,
    );
    expect(justAbove.length).toBeGreaterThanOrEqual(3);
  });

  it("has an io2 volume whose measured IOPS would fit gp3's included 3,000", () => {
    const io2 = live(fleet.persistentVolumeClaims).filter((pvc) => parameter(pvc, "type") === "io2");
    const series = fleet.metricSeries.filter(
      (s) => s.metric === "disk_read_ops_per_second" || s.metric === "disk_write_ops_per_second",
    );
    const claims = io2.filter((pvc) =>
      series.some((s) => s.clusterId === pvc.clusterId && s.persistentVolumeClaim === pvc.name),
    );
    expect(claims.length).toBeGreaterThan(0);
    const ids = new Set(series.map((s) => s.id));
    const peak = fleet.metricSamples
      .filter((sample) => ids.has(sample.seriesId))
      .reduce((max, s) => Math.max(max, s.value), 0);
    expect(peak).toBeGreaterThan(0);
    expect(peak * 2).toBeLessThan(3000);
  });

  it("has live snapshots whose source claim has been deleted", () => {
    const orphaned = live(fleet.volumeSnapshots).filter((vs) => {
      const source = pvcsByKey.get(key(vs.clusterId, vs.namespace, vs.sourcePvcName));
      return !source || source.deletedAt;
    });
    expect(orphaned.length).toBeGreaterThanOrEqual(3);
  });

  it("has Retain contents still billed after their VolumeSnapshot was deleted", () => {
    const liveSnapshots = new Set(live(fleet.volumeSnapshots).map((vs) => key(vs.clusterId, vs.uid)));
    const deletedSnapshots = new Set(
      fleet.volumeSnapshots.filter((vs) => vs.deletedAt).map((vs) => key(vs.clusterId, vs.uid)),
    );
    const retained = live(fleet.volumeSnapshotContents).filter(
      (content) =>
        content.deletionPolicy === "Retain" &&
        !liveSnapshots.has(key(content.clusterId, content.snapshotRefUid)),
    );
    expect(retained.length).toBeGreaterThanOrEqual(4);
    // Some refer to a snapshot Tierscope saw deleted, some to one it never saw.
    expect(retained.some((c) => deletedSnapshots.has(key(c.clusterId, c.snapshotRefUid)))).toBe(true);
    expect(retained.some((c) => !deletedSnapshots.has(key(c.clusterId, c.snapshotRefUid)))).toBe(true);
  });

  it("has unallocated spend: live volumes in namespaces with no team", () => {
    const unowned = new Set(
      fleet.namespaces.filter((ns) => !ns.teamId).map((ns) => key(ns.clusterId, ns.name)),
    );
    const volumes = live(fleet.persistentVolumes).filter((pv) =>
      unowned.has(key(pv.clusterId, pv.claimNamespace)),
    );
    expect(volumes.length).toBeGreaterThan(3);
  });
});
