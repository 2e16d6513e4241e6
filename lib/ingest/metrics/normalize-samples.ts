import type { MetricName } from "../../db/generated/enums";
import { CounterRates, rawSeriesKey } from "./counters-to-rates";
import { lookupMetric } from "./metric-mapping";
import { normalizeSeriesLabels, type SeriesIdentity } from "./normalize-series-labels";
import type { InvalidRecord, SourceRecord, SourceSample } from "./source-record";

/**
 * Why a well-formed sample is not stored: NaN/±Inf; outside the metric's range (DCGM's "not
 * supported" sentinels, utilisation above 100 %); the first sample of a counter (a baseline, no
 * rate yet); a cgroup outside any pod.
 */
export type SkipReason = "non-finite" | "out-of-range" | "counter-baseline" | "no-pod";

export type NormalizedEvent =
  | { kind: "sample"; series: SeriesIdentity; atMs: number; value: number }
  /** A counter sample at the same time as the one before it: a duplicate in the input. */
  | { kind: "repeat"; metric: MetricName }
  | { kind: "skipped"; metric: MetricName; reason: SkipReason }
  /** A metric Tierscope does not keep. */
  | { kind: "ignored"; sourceMetric: string }
  | { kind: "invalid"; record: InvalidRecord; metric?: MetricName };

/** Turns source samples into Tierscope samples: mapping, labels, counters to rates, units, ranges. */
export class SampleNormalizer {
  private readonly counters = new CounterRates();

  normalize(record: SourceRecord): NormalizedEvent {
    if (record.kind === "invalid") {
      const metric = record.metric ? lookupMetric(record.metric)?.metric : undefined;
      return { kind: "invalid", record, metric };
    }
    const mapping = lookupMetric(record.name);
    if (!(record.atMs >= EARLIEST_SAMPLE_MS && record.atMs < LATEST_SAMPLE_MS)) {
      const problem = `${describeTime(record.atMs)} is outside 2000–2099: not a real sample time`;
      return { kind: "invalid", metric: mapping?.metric, record: invalid(record, "timestamp", problem) };
    }
    const oversized = oversizedLabel(record.labels);
    if (oversized) return { kind: "invalid", metric: mapping?.metric, record: invalid(record, ...oversized) };
    if (!mapping) return { kind: "ignored", sourceMetric: record.name };
    const { metric } = mapping;
    const labels = normalizeSeriesLabels(mapping, record.labels);
    if (!labels.ok) {
      if ("skip" in labels) return { kind: "skipped", metric, reason: labels.skip };
      return { kind: "invalid", metric, record: invalid(record, labels.field, labels.problem) };
    }
    if (!Number.isFinite(record.value)) return { kind: "skipped", metric, reason: "non-finite" };
    let value = record.value;
    if (mapping.type === "counter" && record.valueKind === "raw") {
      if (value < 0) return { kind: "skipped", metric, reason: "out-of-range" };
      const step = this.counters.next(rawSeriesKey(record.name, record.labels), record.atMs, value);
      if (step.kind === "baseline") return { kind: "skipped", metric, reason: "counter-baseline" };
      if (step.kind === "repeat") return { kind: "repeat", metric };
      if (step.kind === "out-of-order") {
        const problem = `${new Date(record.atMs).toISOString()} is before this counter's previous sample (${new Date(step.previousAtMs).toISOString()}): counter samples must be in time order`;
        return { kind: "invalid", metric, record: invalid(record, "timestamp", problem) };
      }
      value = step.value;
    }
    value *= mapping.scale;
    if (mapping.clipToMax && value > mapping.max) value = mapping.max;
    if (value < mapping.min || value > mapping.max)
      return { kind: "skipped", metric, reason: "out-of-range" };
    return { kind: "sample", series: labels.series, atMs: record.atMs, value };
  }
}

// A sample outside these years is corrupt, and would open a cost window of centuries.
const EARLIEST_SAMPLE_MS = Date.UTC(2000, 0, 1);
const LATEST_SAMPLE_MS = Date.UTC(2100, 0, 1);
const LATEST_DATE_MS = 8.64e15;

function describeTime(ms: number): string {
  return Math.abs(ms) < LATEST_DATE_MS ? new Date(ms).toISOString() : `${ms / 1000} (Unix seconds)`;
}

// Label values name namespaces, pods, claims, nodes and GPUs: Kubernetes names stop at 253
// characters, and no exporter sends more than a few dozen labels. Past these, a series is corrupt.
const MAX_LABELS = 64;
const MAX_LABEL_NAME = 128;
const MAX_LABEL_VALUE = 1024;

function oversizedLabel(labels: Record<string, string>): [string, string] | null {
  const names = Object.keys(labels);
  if (names.length > MAX_LABELS) return ["labels", `${names.length} labels: more than ${MAX_LABELS}`];
  for (const name of names) {
    if (name.length > MAX_LABEL_NAME) {
      return ["labels", `a label name is longer than ${MAX_LABEL_NAME} characters`];
    }
    if ((labels[name] as string).length > MAX_LABEL_VALUE) {
      return [`label ${name}`, `longer than ${MAX_LABEL_VALUE} characters`];
    }
  }
  return null;
}

function invalid(sample: SourceSample, field: string, problem: string): InvalidRecord {
  return { kind: "invalid", position: sample.position, metric: sample.name, field, problem };
}

export async function* normalizeSamples(
  records: AsyncIterable<SourceRecord>,
): AsyncGenerator<NormalizedEvent> {
  const normalizer = new SampleNormalizer();
  for await (const record of records) yield normalizer.normalize(record);
}
