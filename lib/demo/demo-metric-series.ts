import type { Prisma } from "@/lib/db/generated/client";
import { demoUuid } from "./demo-ids";
import type { DemoCluster, Labels } from "./demo-plan-types";

/** Metric series identity shared by the volume and GPU metric builders. */
export type MetricNameValue = Prisma.MetricSeriesCreateManyInput["metric"];

/**
 * The canonical identity of a label set: labels sorted by name, rendered as in PromQL
 * (`{namespace="a",persistentvolumeclaim="b"}`), with quotes and backslashes escaped.
 */
export function canonicalSeriesKey(labels: Labels): string {
  const pairs = Object.keys(labels)
    .sort()
    .map((name) => `${name}="${(labels[name] ?? "").replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`);
  return `{${pairs.join(",")}}`;
}

export interface SeriesSpec {
  metric: MetricNameValue;
  sourceMetric: string;
  /** The labels that identify the series (its key). */
  identity: Labels;
  /** Extra labels kept on the series but not part of its identity. */
  extra?: Labels;
  namespace?: string;
  pod?: string;
  persistentVolumeClaim?: string;
  node?: string;
}

export function seriesRow(
  cluster: DemoCluster,
  spec: SeriesSpec,
): Prisma.MetricSeriesCreateManyInput & { id: string; seriesKey: string } {
  const seriesKey = canonicalSeriesKey(spec.identity);
  return {
    id: demoUuid(cluster.name, "series", spec.metric, seriesKey),
    clusterId: cluster.id,
    metric: spec.metric,
    sourceMetric: spec.sourceMetric,
    seriesKey,
    namespace: spec.namespace ?? null,
    pod: spec.pod ?? null,
    persistentVolumeClaim: spec.persistentVolumeClaim ?? null,
    node: spec.node ?? null,
    gpu: null,
    labels: { ...spec.identity, ...spec.extra },
  };
}

/** Keeps samples tidy: 4 decimals for ratios and rates. */
export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
