// What every metrics source (exposition text, query_range JSON, CSV, the Prometheus API) yields:
// samples as the exporter states them (its metric name, its labels, its units), or an invalid record
// saying exactly where and what is wrong. Mapping to Tierscope's metrics happens afterwards, once.

export type Labels = Record<string, string>;

export interface SourceSample {
  kind: "sample";
  /** The exporter's metric name, e.g. DCGM_FI_DEV_GPU_UTIL (kept as the series' sourceMetric). */
  name: string;
  /** The sample's labels, without __name__. */
  labels: Labels;
  /** Unix milliseconds. */
  atMs: number;
  /** As stated: may be NaN or ±Infinity (skipped and counted later). */
  value: number;
  /**
   * "raw": the exporter's own value (a counter is a running total, turned into a rate later);
   * "rate": already a per-second rate (a PromQL rate() query).
   */
  valueKind: "raw" | "rate";
  /** Where the sample came from: "file.prom:17", "file.json:12 ($.data.result[3].values[5])". */
  position: string;
}

export interface InvalidRecord {
  kind: "invalid";
  position: string;
  /** The metric the record was about, when it got that far. */
  metric?: string;
  /** The field at fault: "value", "timestamp", "labels", a label name, a CSV column, a JSON path. */
  field: string;
  problem: string;
}

export type SourceRecord = SourceSample | InvalidRecord;

/** One line for an invalid record: `gpu.prom:12: DCGM_FI_DEV_GPU_UTIL: value: "abc" is not a number`. */
export function describeInvalid(record: Omit<InvalidRecord, "kind">): string {
  const metric = record.metric ? `${record.metric}: ` : "";
  return `${record.position}: ${metric}${record.field}: ${record.problem}`;
}

/** Bad input that cannot be skipped line by line (unreadable structure, missing --at, bad header). */
export class MetricInputError extends Error {
  override name = "MetricInputError";
}

/** A record that --skip-invalid would have skipped, raised because it was not given. */
export class InvalidMetricRecordError extends Error {
  override name = "InvalidMetricRecordError";
  constructor(readonly record: InvalidRecord) {
    super(describeInvalid(record));
  }
}
