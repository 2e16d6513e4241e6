import type { MetricName } from "../../db/generated/enums";

// Which exporter metrics Tierscope keeps, what each becomes, and in which unit. Everything else in
// a scrape (go_*, node_cpu_*, DCGM temperatures, …) is ignored and counted.

/**
 * What a series is about, which decides the labels that identify it and the ones it must have:
 * volume: a PersistentVolumeClaim; gpu: a GPU (and the pod using it, if any); pod: a container's
 * cgroup; node: a node (and its disk device); pod-or-node: whichever the labels name.
 */
export type MetricSubject = "volume" | "gpu" | "pod" | "node" | "pod-or-node";

export interface MetricMapping {
  sourceMetric: string;
  metric: MetricName;
  /** A counter's running total becomes a per-second rate (see counters-to-rates.ts). */
  type: "gauge" | "counter";
  subject: MetricSubject;
  /** From the exporter's unit to Tierscope's (after any rate). */
  scale: number;
  /** The valid range after scaling; values outside are skipped and counted, not stored. */
  min: number;
  max: number;
  /**
   * Ratios from counters are clipped to 1: seconds-stalled-per-second can exceed 1 by a hair when
   * scrape timing jitters (the counter advanced over a slightly longer interval than the timestamps
   * say), which is noise, not a measurement.
   */
  clipToMax?: boolean;
}

/** 2^63: DCGM reports unsupported fields as sentinels near this (9223372036854775794). */
const SENTINEL = 2 ** 63;

function gauge(sourceMetric: string, metric: MetricName, subject: MetricSubject, scale = 1): MetricMapping {
  const max = metric === "gpu_utilization_ratio" || metric === "io_pressure_ratio" ? 1 : SENTINEL;
  return { sourceMetric, metric, type: "gauge", subject, scale, min: 0, max };
}

function counter(sourceMetric: string, metric: MetricName, subject: MetricSubject): MetricMapping {
  const ratio = metric === "io_pressure_ratio";
  return {
    sourceMetric,
    metric,
    type: "counter",
    subject,
    scale: 1,
    min: 0,
    max: ratio ? 1 : SENTINEL,
    clipToMax: ratio,
  };
}

export const METRIC_MAPPINGS: readonly MetricMapping[] = [
  // kubelet volume stats: per PVC, bytes.
  gauge("kubelet_volume_stats_used_bytes", "volume_used_bytes", "volume"),
  gauge("kubelet_volume_stats_capacity_bytes", "volume_capacity_bytes", "volume"),
  // dcgm-exporter: GPU_UTIL is a percentage (0-100); GR_ENGINE_ACTIVE is already a 0-1 ratio.
  // Both become gpu_utilization_ratio, as separate series (their sourceMetric differs).
  gauge("DCGM_FI_DEV_GPU_UTIL", "gpu_utilization_ratio", "gpu", 1 / 100),
  gauge("DCGM_FI_PROF_GR_ENGINE_ACTIVE", "gpu_utilization_ratio", "gpu"),
  // PSI: seconds stalled, as counters; their rate is the share of wall time stalled (0-1).
  // "waiting" is PSI "some" (at least one task waited), "stalled" is PSI "full" (all did).
  counter("container_pressure_io_waiting_seconds_total", "io_pressure_ratio", "pod"),
  counter("container_pressure_io_stalled_seconds_total", "io_pressure_ratio", "pod"),
  counter("node_pressure_io_waiting_seconds_total", "io_pressure_ratio", "node"),
  counter("node_pressure_io_stalled_seconds_total", "io_pressure_ratio", "node"),
  // node_exporter disk counters, per node and device.
  counter("node_disk_read_bytes_total", "disk_read_bytes_per_second", "node"),
  counter("node_disk_written_bytes_total", "disk_write_bytes_per_second", "node"),
  counter("node_disk_reads_completed_total", "disk_read_ops_per_second", "node"),
  counter("node_disk_writes_completed_total", "disk_write_ops_per_second", "node"),
  // cAdvisor filesystem counters, per container and device.
  counter("container_fs_reads_bytes_total", "disk_read_bytes_per_second", "pod"),
  counter("container_fs_writes_bytes_total", "disk_write_bytes_per_second", "pod"),
  counter("container_fs_reads_total", "disk_read_ops_per_second", "pod"),
  counter("container_fs_writes_total", "disk_write_ops_per_second", "pod"),
  // Tierscope's own names (for CSV files exported from elsewhere): already in Tierscope's units,
  // rates already rates.
  gauge("volume_used_bytes", "volume_used_bytes", "volume"),
  gauge("volume_capacity_bytes", "volume_capacity_bytes", "volume"),
  gauge("gpu_utilization_ratio", "gpu_utilization_ratio", "gpu"),
  gauge("io_pressure_ratio", "io_pressure_ratio", "pod-or-node"),
  gauge("disk_read_bytes_per_second", "disk_read_bytes_per_second", "pod-or-node"),
  gauge("disk_write_bytes_per_second", "disk_write_bytes_per_second", "pod-or-node"),
  gauge("disk_read_ops_per_second", "disk_read_ops_per_second", "pod-or-node"),
  gauge("disk_write_ops_per_second", "disk_write_ops_per_second", "pod-or-node"),
];

const BY_NAME = new Map(METRIC_MAPPINGS.map((mapping) => [mapping.sourceMetric, mapping]));

/** The mapping for an exporter metric name, or undefined for a metric Tierscope does not keep. */
export function lookupMetric(name: string): MetricMapping | undefined {
  return BY_NAME.get(name);
}

/** The exporter metrics (not Tierscope's own names) that a Prometheus server is asked for. */
export function exporterMappings(): MetricMapping[] {
  return METRIC_MAPPINGS.filter((mapping) => mapping.sourceMetric !== mapping.metric);
}
