import type { Prisma } from "@/lib/db/generated/client";
import { clamp, round4, seriesRow } from "./demo-metric-series";
import type { DemoCluster, PodPlan, VolumePlan } from "./demo-plan-types";
import { DAY_MS, type DemoClock } from "./demo-time";
import { capacityGiAt, GIB_NUMBER, plannedUsedShare } from "./demo-volume-math";
import { createSeededRandom } from "./seeded-random";

/**
 * Daily volume metrics at 00:00 UTC: kubelet's used bytes per claim, and (for volumes whose
 * provisioned IOPS matter) the disk's read and write operations per second. Like kubelet, a claim has
 * samples only while a running pod mounts it: an unmounted claim has no series at all.
 */
export interface MetricRows {
  metricSeries: Prisma.MetricSeriesCreateManyInput[];
  metricSamples: Prisma.MetricSampleCreateManyInput[];
}

type Interval = readonly [start: number, end: number];

/** When each claim (`namespace/name`) was mounted by a pod. */
export function mountIntervals(pods: readonly PodPlan[], clock: DemoClock): Map<string, Interval[]> {
  const intervals = new Map<string, Interval[]>();
  for (const pod of pods) {
    const end = (pod.finishedAt ?? pod.deletedAt ?? clock.anchor).getTime();
    for (const volume of pod.volumes) {
      if (!volume.claimName) continue;
      const key = `${pod.namespace}/${volume.claimName}`;
      intervals.set(key, [...(intervals.get(key) ?? []), [pod.startedAt.getTime(), end]]);
    }
  }
  return intervals;
}

function sampleDays(volume: VolumePlan, mounts: readonly Interval[], clock: DemoClock): Date[] {
  const claim = volume.claim;
  if (!claim || mounts.length === 0) return [];
  const end = (claim.deletedAt ?? clock.anchor).getTime();
  const start = Math.max(claim.createdAt.getTime(), clock.historyStart.getTime());
  const days: Date[] = [];
  for (let at = Math.ceil(start / DAY_MS) * DAY_MS; at <= end; at += DAY_MS) {
    if (mounts.some(([from, to]) => from <= at && at <= to)) days.push(new Date(at));
  }
  return days;
}

export function volumeMetricRows(
  cluster: DemoCluster,
  volumes: readonly VolumePlan[],
  pods: readonly PodPlan[],
  clock: DemoClock,
): MetricRows {
  const rows: MetricRows = { metricSeries: [], metricSamples: [] };
  const mounts = mountIntervals(pods, clock);
  for (const volume of volumes) {
    const claim = volume.claim;
    if (!claim) continue;
    const days = sampleDays(volume, mounts.get(`${claim.namespace}/${claim.name}`) ?? [], clock);
    if (days.length === 0) continue;
    const random = createSeededRandom(`metrics/${cluster.name}/${claim.namespace}/${claim.name}`);
    const end = claim.deletedAt ?? clock.anchor;
    const identity = { namespace: claim.namespace, persistentvolumeclaim: claim.name };
    const used = seriesRow(cluster, {
      metric: "volume_used_bytes",
      sourceMetric: "kubelet_volume_stats_used_bytes",
      identity,
      namespace: claim.namespace,
      persistentVolumeClaim: claim.name,
    });
    rows.metricSeries.push(used);
    // File systems billed on usage (EFS) can hold more than the claim's nominal size.
    const ceiling = volume.usage.to > 1 ? Number.POSITIVE_INFINITY : 0.985;
    for (const at of days) {
      const share = clamp(
        plannedUsedShare(volume, at, end) + random.normal(0, volume.usage.jitter),
        0.002,
        ceiling,
      );
      // Whole 4 KiB blocks, as a file system reports them.
      const bytes = Math.round((share * capacityGiAt(volume, at) * GIB_NUMBER) / 4096) * 4096;
      rows.metricSamples.push({ clusterId: cluster.id, seriesId: used.id, at, value: bytes });
    }
    if (volume.measuredIops) iopsRows(cluster, volume, days, identity, rows);
  }
  return rows;
}

function iopsRows(
  cluster: DemoCluster,
  volume: VolumePlan,
  days: readonly Date[],
  identity: Record<string, string>,
  rows: MetricRows,
): void {
  const measured = volume.measuredIops;
  if (!measured) return;
  // node_exporter's per-device counters (rate over a day), joined to the claim through the NVMe serial.
  const extra = { device: "nvme1n1", serial: (volume.volumeHandle ?? "").replace("-", "") };
  for (const [metric, sourceMetric, level] of [
    ["disk_read_ops_per_second", "node_disk_reads_completed_total", measured.read],
    ["disk_write_ops_per_second", "node_disk_writes_completed_total", measured.write],
  ] as const) {
    const series = seriesRow(cluster, {
      metric,
      sourceMetric,
      identity,
      extra,
      namespace: identity.namespace,
      persistentVolumeClaim: identity.persistentvolumeclaim,
    });
    rows.metricSeries.push(series);
    const random = createSeededRandom(`iops/${cluster.name}/${series.seriesKey}/${metric}`);
    for (const at of days) {
      // Weekends are quieter.
      const weekday = at.getUTCDay() === 0 || at.getUTCDay() === 6 ? 0.7 : 1;
      rows.metricSamples.push({
        clusterId: cluster.id,
        seriesId: series.id,
        at,
        value: round4(level * weekday * random.float(0.85, 1.2)),
      });
    }
  }
}
