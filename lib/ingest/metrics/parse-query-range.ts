import { parseSampleValue } from "./parse-sample-value";
import { type Labels, MetricInputError, type SourceRecord } from "./source-record";
import { formatJsonPath, type JsonPath, JsonSyntaxError, streamJsonValues } from "./stream-json-values";

// A Prometheus HTTP API response, as the API sends it or as saved from it:
//   {"status":"success","data":{"resultType":"matrix","result":[
//     {"metric":{"__name__":"…",…},"values":[[1435781430.781,"1"],…]}, …]}}
// `vector` results (instant queries) have one `value` per series instead of `values`. Timestamps
// are Unix seconds (with a fraction), values are strings ("NaN", "+Inf" included). Keys may come in
// any order (`jq -S` puts "data" before "status"). Streamed: one series entry in memory at a time.

/** 64 Mi characters: a series of 11,000 points (Prometheus's per-query limit) is about 0.3 Mi. */
export const MAX_SERIES_CHARS = 64 * 1024 * 1024;

export class PrometheusErrorResponse extends MetricInputError {
  override name = "PrometheusErrorResponse";
  constructor(
    readonly source: string,
    readonly errorType: string,
    readonly detail: string,
  ) {
    super(`${source}: Prometheus answered with an error: ${errorType}: ${detail}`);
  }
}

export interface QueryRangeOptions {
  /** Names the input in messages: a file path, or the query and its range. */
  source: string;
  /** Every series is this metric (a rate() query's result has no __name__). */
  sourceMetric?: string;
  valueKind?: "raw" | "rate";
  onWarning?: (warning: string) => void;
  maxSeriesChars?: number;
}

const DESCEND = (path: JsonPath) =>
  path.length === 0 ||
  (path.length === 1 && path[0] === "data") ||
  (path.length === 2 && path[0] === "data" && path[1] === "result");

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export async function* parseQueryRange(
  chunks: AsyncIterable<string>,
  options: QueryRangeOptions,
): AsyncGenerator<SourceRecord> {
  const { source } = options;
  let status: unknown;
  let errorType = "";
  let errorText = "";
  const values = withSource(
    source,
    streamJsonValues(chunks, { descend: DESCEND, maxValueChars: options.maxSeriesChars ?? MAX_SERIES_CHARS }),
  );
  for await (const { path, value, line } of values) {
    const where = path.join(".");
    if (where === "status") {
      status = value;
      if (value !== "success" && value !== "error") {
        throw new MetricInputError(`${source}: "status" is ${JSON.stringify(value)}, not "success"`);
      }
    } else if (where === "errorType") errorType = String(value);
    else if (where === "error") errorText = String(value);
    else if (where === "warnings" || where === "infos") {
      if (Array.isArray(value)) for (const warning of value) options.onWarning?.(String(warning));
    } else if (where === "data.resultType") {
      if (value !== "matrix" && value !== "vector") {
        throw new MetricInputError(
          `${source}: resultType ${JSON.stringify(value)} is not supported: save a range (matrix) or instant (vector) query of a metric`,
        );
      }
    } else if (where === "data.result" && value !== null && !(Array.isArray(value) && value.length === 0)) {
      throw new MetricInputError(`${source}: $.data.result is not an array`);
    } else if (path.length === 3 && path[1] === "result") {
      yield* seriesRecords(value, path, line, options);
    }
  }
  if (status === "error") throw new PrometheusErrorResponse(source, errorType || "error", errorText);
  if (status === undefined) {
    throw new MetricInputError(`${source}: not a Prometheus API response (no "status" at the top level)`);
  }
}

/** JSON syntax errors as input errors that name the file (or query) and line. */
async function* withSource<T>(source: string, values: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* values;
  } catch (error) {
    if (error instanceof JsonSyntaxError)
      throw new MetricInputError(`${source}:${error.line}: ${error.detail}`);
    throw error;
  }
}

function* seriesRecords(
  entry: unknown,
  path: JsonPath,
  line: number,
  options: QueryRangeOptions,
): Generator<SourceRecord> {
  const at = (suffix: JsonPath) => `${options.source}:${line} (${formatJsonPath([...path, ...suffix])})`;
  const invalid = (suffix: JsonPath, field: string, problem: string, metric?: string): SourceRecord => ({
    kind: "invalid",
    position: at(suffix),
    field,
    problem,
    metric,
  });
  if (!isRecord(entry)) return yield invalid([], "series", "not an object");
  const metric = entry.metric;
  if (!isRecord(metric) || Object.values(metric).some((v) => typeof v !== "string")) {
    return yield invalid(["metric"], "metric", "must be an object of string labels");
  }
  const { __name__: ownName, ...labels } = metric as Labels;
  const name = options.sourceMetric ?? ownName;
  if (!name) {
    return yield invalid(
      ["metric", "__name__"],
      "__name__",
      "missing: save a query of the metric itself (rate(), sum() and the like drop the name)",
    );
  }
  let points: unknown[];
  let pointsKey: string;
  if (Array.isArray(entry.values)) [points, pointsKey] = [entry.values, "values"];
  else if (entry.value !== undefined) [points, pointsKey] = [[entry.value], "value"];
  else {
    const problem = entry.histograms
      ? "native histograms are not supported"
      : 'has neither "values" nor "value"';
    return yield invalid([], "values", problem, name);
  }
  for (let k = 0; k < points.length; k++) {
    const point = points[k];
    const suffix: JsonPath = pointsKey === "values" ? ["values", k] : ["value"];
    if (!Array.isArray(point) || point.length !== 2) {
      yield invalid(suffix, "point", 'must be [unix_seconds, "value"]', name);
      continue;
    }
    const [seconds, text] = point as [unknown, unknown];
    if (typeof seconds !== "number" || !Number.isFinite(seconds)) {
      yield invalid([...suffix, 0], "timestamp", `${JSON.stringify(seconds)} is not Unix seconds`, name);
      continue;
    }
    const value =
      typeof text === "number" ? text : typeof text === "string" ? parseSampleValue(text) : undefined;
    if (value === undefined) {
      yield invalid([...suffix, 1], "value", `${JSON.stringify(text)} is not a number`, name);
      continue;
    }
    yield {
      kind: "sample",
      name,
      labels,
      atMs: Math.round(seconds * 1000),
      value,
      valueKind: options.valueKind ?? "raw",
      position: at(suffix),
    };
  }
}
