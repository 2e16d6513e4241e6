import type { ClusterScenario, PodPlan, VolumePlan } from "./demo-plan-types";
import { DAY_MS, type DemoClock, HOUR_MS } from "./demo-time";

/**
 * The data-access metrics of a demo cluster, written in the formats `tierscope import data-access`
 * reads: one node_exporter scrape file per node (mountstats collector, daily counter readings plus
 * one where a reading pod starts or stops) and `aws cloudwatch get-metric-data` JSON (daily Sums).
 *
 * The story: a training dataset on an Elastic-throughput EFS file system of its own is re-read every
 * epoch, each training pod reading 200 GiB an hour (about 57 MiB/s, a 1 TiB epoch every five
 * pod-hours: about a hundred epochs over the demo's window); an evaluation corpus mounted with
 * Mountpoint for S3 is read as GET and LIST requests.
 */
export interface DemoDataAccessFiles {
  mountstats: { node: string; source: string; text: string }[];
  cloudwatch: { source: string; periodSeconds: number; text: string }[];
}

/** The class whose file system the demo's training jobs re-read every epoch. */
export const EPOCH_DATASET_CLASS = "efs-datasets";
const EFS_READ_BYTES_PER_POD_HOUR = 200n * 2n ** 30n;
const S3_GET_REQUESTS_PER_POD_HOUR = 250_000n;
const S3_LIST_REQUESTS_PER_POD_HOUR = 20_000n;
const DAY_SECONDS = 86_400;
/** The EFS mount target the nodes reach the file system through (mountstats labels it mountaddr). */
const EFS_MOUNT_TARGET_ADDRESS = "10.0.32.17";

interface Reading {
  start: number;
  end: number;
}

/** When a pod read its volumes: while it ran, and never after the demo was observed. */
function readingTime(pod: PodPlan, clock: DemoClock): Reading {
  const end = pod.finishedAt ?? pod.deletedAt ?? clock.anchor;
  return { start: pod.startedAt.getTime(), end: Math.min(end.getTime(), clock.anchor.getTime()) };
}

function readersOf(scenario: ClusterScenario, volume: VolumePlan): PodPlan[] {
  const claim = volume.claim;
  if (!claim) return [];
  return scenario.pods.filter(
    (pod) => pod.namespace === claim.namespace && pod.volumes.some((v) => v.claimName === claim.name),
  );
}

/** A running total at `at`: `perHour` for every hour of `readings` before it (whole units, rounded down). */
function totalAt(readings: readonly Reading[], perHour: bigint, at: number): bigint {
  let total = 0n;
  for (const r of readings) {
    const ms = Math.max(0, Math.min(r.end, at) - r.start);
    total += (perHour * BigInt(ms)) / BigInt(HOUR_MS);
  }
  return total;
}

/** The UTC midnights from the day of the first reading to the anchor. */
function midnights(readings: readonly Reading[], clock: DemoClock): number[] {
  const first = Math.min(...readings.map((r) => r.start));
  const days: number[] = [];
  for (let day = Math.floor(first / DAY_MS) * DAY_MS; day <= clock.anchor.getTime(); day += DAY_MS)
    days.push(day);
  return days;
}

const cloudWatchTime = (ms: number) => new Date(ms).toISOString().replace(".000Z", "+00:00");

function metricDataJson(results: { id: string; label: string; days: number[]; values: bigint[] }[]): string {
  return JSON.stringify(
    {
      MetricDataResults: results.map((r) => ({
        Id: r.id,
        Label: r.label,
        Timestamps: r.days.map(cloudWatchTime),
        // Whole bytes or requests of one day: far below 2^53, so exact as JSON numbers.
        Values: r.values.map((v) => Number(v)),
        StatusCode: "Complete",
      })),
      Messages: [],
    },
    null,
    4,
  );
}

function efsFiles(scenario: ClusterScenario, volume: VolumePlan, clock: DemoClock): DemoDataAccessFiles {
  const fileSystemId = volume.storageClass.parameters.fileSystemId as string;
  const exportName = `${fileSystemId}.efs.${scenario.cluster.region}.amazonaws.com:/`;
  const readers = readersOf(scenario, volume);
  if (readers.length === 0) return { mountstats: [], cloudwatch: [] };
  const days = midnights(
    readers.map((p) => readingTime(p, clock)),
    clock,
  );
  const byNode = new Map<string, Reading[]>();
  for (const pod of readers)
    byNode.set(pod.nodeName, [...(byNode.get(pod.nodeName) ?? []), readingTime(pod, clock)]);
  const mountstats = [...byNode.entries()].map(([node, readings]) => {
    const times = [...new Set([...days, ...readings.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
    const series = `node_mountstats_nfs_total_read_bytes_total{export="${exportName}",mountaddr="${EFS_MOUNT_TARGET_ADDRESS}",protocol="tcp"}`;
    const lines = times.map((at) => `${series} ${totalAt(readings, EFS_READ_BYTES_PER_POD_HOUR, at)} ${at}`);
    return {
      node,
      source: `${node}-mountstats.prom`,
      text: [
        "# HELP node_mountstats_nfs_total_read_bytes_total Number of bytes read using the read() syscall.",
        "# TYPE node_mountstats_nfs_total_read_bytes_total counter",
        ...lines,
        "",
      ].join("\n"),
    };
  });
  const readings = [...byNode.values()].flat();
  const sumDays = days.slice(0, -1);
  const values = sumDays.map(
    (day) =>
      totalAt(readings, EFS_READ_BYTES_PER_POD_HOUR, day + DAY_MS) -
      totalAt(readings, EFS_READ_BYTES_PER_POD_HOUR, day),
  );
  return {
    mountstats,
    cloudwatch: [
      {
        source: `${fileSystemId}-metric-data.json`,
        periodSeconds: DAY_SECONDS,
        text: metricDataJson([
          { id: "read", label: `${fileSystemId} DataReadIOBytes`, days: sumDays, values },
        ]),
      },
    ],
  };
}

function s3Files(scenario: ClusterScenario, volume: VolumePlan, clock: DemoClock): DemoDataAccessFiles {
  const bucket = volume.volumeAttributes.bucketName as string;
  const readings = readersOf(scenario, volume).map((p) => readingTime(p, clock));
  if (readings.length === 0) return { mountstats: [], cloudwatch: [] };
  const sumDays = midnights(readings, clock).slice(0, -1);
  const daily = (perHour: bigint) =>
    sumDays.map((day) => totalAt(readings, perHour, day + DAY_MS) - totalAt(readings, perHour, day));
  return {
    mountstats: [],
    cloudwatch: [
      {
        source: `${bucket}-request-metrics.json`,
        periodSeconds: DAY_SECONDS,
        text: metricDataJson([
          {
            id: "get",
            label: `${bucket} EntireBucket GetRequests`,
            days: sumDays,
            values: daily(S3_GET_REQUESTS_PER_POD_HOUR),
          },
          {
            id: "list",
            label: `${bucket} EntireBucket ListRequests`,
            days: sumDays,
            values: daily(S3_LIST_REQUESTS_PER_POD_HOUR),
          },
        ]),
      },
    ],
  };
}

export function demoDataAccessFiles(scenario: ClusterScenario, clock: DemoClock): DemoDataAccessFiles {
  const files: DemoDataAccessFiles = { mountstats: [], cloudwatch: [] };
  for (const volume of scenario.volumes) {
    const own =
      volume.storageClass.name === EPOCH_DATASET_CLASS
        ? efsFiles(scenario, volume, clock)
        : volume.csiDriver === "s3.csi.aws.com"
          ? s3Files(scenario, volume, clock)
          : null;
    if (!own) continue;
    files.mountstats.push(...own.mountstats);
    files.cloudwatch.push(...own.cloudwatch);
  }
  return files;
}
