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

function invalid(sample: SourceSample, field: string, problem: string): InvalidRecord {
  return { kind: "invalid", position: sample.position, metric: sample.name, field, problem };
}

export async function* normalizeSamples(
  records: AsyncIterable<SourceRecord>,
): AsyncGenerator<NormalizedEvent> {
  const normalizer = new SampleNormalizer();
  for await (const record of records) yield normalizer.normalize(record);
}
