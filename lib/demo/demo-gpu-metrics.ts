import { clamp, round4, seriesRow } from "./demo-metric-series";
import type { DemoCluster, GpuProfile, PodPlan } from "./demo-plan-types";
import { DAY_MS, type DemoClock, MINUTE_MS } from "./demo-time";
import type { MetricRows } from "./demo-volume-metrics";
import { createSeededRandom, type SeededRandom } from "./seeded-random";

/**
 * GPU utilisation (dcgm-exporter's DCGM_FI_DEV_GPU_UTIL, stored as a 0..1 ratio) and I/O pressure
 * (cAdvisor's PSI counter as a rate: the share of time the pod waited on I/O) for every GPU pod, at
 * 10-minute steps over the last 14 days of its life. One series per pod: the pod's GPUs averaged.
 */
export const GPU_METRIC_STEP_MS = 10 * MINUTE_MS;
export const GPU_METRIC_WINDOW_MS = 14 * DAY_MS;

interface Level {
  utilisation: number;
  pressure: number;
}

/**
 * The profiles behind the GPU-idle story. Storage-starved jobs wait on a slow dataset tier: I/O
 * pressure 0.3-0.6 and GPUs busy 30-50 % of the time, the busier the less they wait. Well-fed jobs
 * stay at 85-95 % with pressure under 0.05. Inference follows the day's traffic and is idle for
 * reasons that have nothing to do with storage (pressure near zero).
 */
function nextLevel(profile: GpuProfile, random: SeededRandom, previous: Level, at: number): Level {
  if (profile === "starved") {
    // A mean-reverting walk keeps neighbouring samples close, like a real job's phases.
    const pressure = clamp(
      previous.pressure + 0.3 * (0.45 - previous.pressure) + random.normal(0, 0.04),
      0.3,
      0.6,
    );
    return { pressure, utilisation: clamp(0.68 - 0.6 * pressure + random.normal(0, 0.02), 0.3, 0.5) };
  }
  if (profile === "fed") {
    return {
      pressure: clamp(0.015 + Math.abs(random.normal(0, 0.008)), 0.002, 0.045),
      utilisation: clamp(
        previous.utilisation + 0.4 * (0.9 - previous.utilisation) + random.normal(0, 0.015),
        0.85,
        0.95,
      ),
    };
  }
  // US-centred traffic: busiest around 18:00 UTC, quietest around 06:00 UTC.
  const hour = (at % DAY_MS) / (60 * MINUTE_MS);
  const traffic = 0.4 + 0.2 * Math.cos(((hour - 18) / 24) * 2 * Math.PI);
  return {
    pressure: clamp(0.008 + Math.abs(random.normal(0, 0.005)), 0, 0.03),
    utilisation: clamp(traffic + random.normal(0, 0.04), 0.1, 0.75),
  };
}

const START: Record<GpuProfile, Level> = {
  starved: { utilisation: 0.4, pressure: 0.45 },
  fed: { utilisation: 0.9, pressure: 0.015 },
  serving: { utilisation: 0.4, pressure: 0.01 },
};

export function gpuMetricRows(cluster: DemoCluster, pods: readonly PodPlan[], clock: DemoClock): MetricRows {
  const rows: MetricRows = { metricSeries: [], metricSamples: [] };
  for (const pod of pods) {
    if (!pod.gpuProfile) continue;
    const end = (pod.finishedAt ?? pod.deletedAt ?? clock.anchor).getTime();
    const start = Math.max(pod.startedAt.getTime(), end - GPU_METRIC_WINDOW_MS);
    const podLabels = { namespace: pod.namespace, pod: pod.name, container: pod.container };
    const common = { namespace: pod.namespace, pod: pod.name, node: pod.nodeName };
    const utilisation = seriesRow(cluster, {
      metric: "gpu_utilization_ratio",
      sourceMetric: "DCGM_FI_DEV_GPU_UTIL",
      identity: podLabels,
      extra: { Hostname: pod.nodeName, modelName: pod.gpuModelName ?? "" },
      ...common,
    });
    const pressure = seriesRow(cluster, {
      metric: "io_pressure_ratio",
      sourceMetric: "container_pressure_io_waiting_seconds_total",
      identity: podLabels,
      ...common,
    });
    rows.metricSeries.push(utilisation, pressure);
    const random = createSeededRandom(`gpu/${cluster.name}/${pod.uid}`);
    let level = START[pod.gpuProfile];
    for (
      let at = Math.ceil(start / GPU_METRIC_STEP_MS) * GPU_METRIC_STEP_MS;
      at <= end;
      at += GPU_METRIC_STEP_MS
    ) {
      level = nextLevel(pod.gpuProfile, random, level, at);
      const when = new Date(at);
      rows.metricSamples.push(
        { clusterId: cluster.id, seriesId: utilisation.id, at: when, value: round4(level.utilisation) },
        { clusterId: cluster.id, seriesId: pressure.id, at: when, value: round4(level.pressure) },
      );
    }
  }
  return rows;
}
